// The values one constraint measured across the subjects it judges, for the histogram beside its
// slider: regions for region-level kinds, the sites (judged point families) for site-only kinds.
import type { ConstraintKind } from '../../domain/constraints/constraint';
import { CONSTRAINT_KIND_INFO } from '../../domain/constraints/constraintKinds';
import type { SubjectVerdict } from '../../domain/constraints/constraintCheck';
import type { ConstraintEvaluation } from '../../domain/constraints/evaluateConstraints';
import { SITE_LAYER_IDS } from '../../domain/layerFamilies';

export const MEASURED_SUBJECTS = ['regions', 'sites'] as const;
export type MeasuredSubjects = (typeof MEASURED_SUBJECTS)[number];

/** Whose values describe a kind best: regions unless the kind judges sites only. */
export function measuredSubjectsOf(kind: ConstraintKind): MeasuredSubjects {
  return CONSTRAINT_KIND_INFO[kind].appliesTo === 'sites' ? 'sites' : 'regions';
}

/**
 * Numeric measurements of the constraint at `constraintIndex`, when the evaluation's check there
 * is of `kind` (an evaluation of an older list may not be); unknown and not-applicable skipped.
 */
export function measuredValues(
  evaluation: ConstraintEvaluation,
  constraintIndex: number,
  kind: ConstraintKind,
): number[] {
  const verdicts: readonly SubjectVerdict[] =
    measuredSubjectsOf(kind) === 'regions'
      ? evaluation.regions
      : SITE_LAYER_IDS.flatMap((layer) => evaluation[layer]);
  const values: number[] = [];
  for (const verdict of verdicts) {
    const check = verdict.checks[constraintIndex];
    if (check?.kind === kind && typeof check.measured === 'number') values.push(check.measured);
  }
  return values;
}
