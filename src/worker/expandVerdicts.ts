// Constraint verdicts of an as-of view, put back in the record order of the whole dataset (what
// the page indexes them by): a feature outside the view gets a verdict that does not pass, with no
// checks, and is not counted (the counts stay the view's).
import type { Atlas } from '../domain/atlas';
import type { ConstraintCheck, SubjectVerdict } from '../domain/constraints/constraintCheck';
import type { ConstraintEvaluation } from '../domain/constraints/evaluateConstraints';
import { JUDGED_LAYER_IDS, type LayerId } from '../domain/layerFamilies';

const NO_CHECKS: readonly ConstraintCheck[] = Object.freeze([]);

/** The verdict of a feature the view does not show. */
export function outsideViewVerdict(id: string): SubjectVerdict {
  return { id, status: 'unknown', passes: false, checks: NO_CHECKS };
}

/** The evaluation with each filtered judged family spread over the whole atlas's records. */
export function expandVerdicts(
  evaluation: ConstraintEvaluation,
  kept: Readonly<Partial<Record<LayerId, Uint32Array>>>,
  atlas: Atlas,
): ConstraintEvaluation {
  const expanded: Record<string, unknown> = { ...evaluation };
  for (const layer of JUDGED_LAYER_IDS) {
    const indices = kept[layer];
    if (!indices) continue;
    const verdicts = atlas[layer].map((record) => outsideViewVerdict(record.id));
    indices.forEach((index, i) => (verdicts[index] = evaluation[layer][i]!));
    expanded[layer] = verdicts;
  }
  return expanded as ConstraintEvaluation;
}
