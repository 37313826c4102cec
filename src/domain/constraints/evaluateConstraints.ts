// Evaluates a list of constraints on every feature of the judged families (regions and sites).
// A constraint only judges what it applies to (see CONSTRAINT_KIND_INFO.appliesTo): site-only
// constraints leave regions alone; region statistics judge the sites inside the region too.
import type { Atlas } from '../atlas';
import { JUDGED_LAYER_IDS, SITE_LAYER_IDS, type JudgedLayerId } from '../layerFamilies';
import type { ConstraintCheck, SubjectVerdict, VerdictStatus } from './constraintCheck';
import type { ConstraintContext } from './createConstraintContext';
import type { Constraint } from './constraint';
import { checkConstraint } from './checkConstraint';
import type { Subject } from './measurement';

export interface EvaluationOptions {
  /** Whether a subject with unknown checks (and no failure) counts as passing; default true (flagged). */
  readonly unknownPasses?: boolean;
  /** The evaluation of the same constraints on an atlas this one was changed from, where nothing
   * the constraints measure against changed (regions, hubs, lines, nodes, fibre: see
   * scenario/measuredAgainst.ts): a record it judged, unchanged, keeps its verdict. */
  readonly previous?: { readonly atlas: Atlas; readonly evaluation: ConstraintEvaluation };
}

export interface PassCount {
  readonly passing: number;
  readonly total: number;
}

/** One verdict per feature of each judged family, in record order, with pass counts. */
export type ConstraintEvaluation = {
  readonly [L in JudgedLayerId]: readonly SubjectVerdict[];
} & {
  /** "N of R regions, M of K sites pass"; sites are the judged point families together. */
  readonly counts: { readonly [L in JudgedLayerId]: PassCount } & { readonly sites: PassCount };
};

/** One empty list shared by every verdict when there is no constraint: a structured clone keeps
 * it one array, not one per site. */
const NO_CHECKS: readonly ConstraintCheck[] = Object.freeze([]);

/** Verdicts for every subject, in layer order, with pass counts. No constraints: everything passes. */
export function evaluateConstraints(
  context: ConstraintContext,
  constraints: readonly Constraint[],
  options: EvaluationOptions = {},
): ConstraintEvaluation {
  const unknownPasses = options.unknownPasses ?? true;
  const judge = (subject: Subject): SubjectVerdict => {
    const checks =
      constraints.length === 0
        ? NO_CHECKS
        : constraints.map((constraint, index) =>
            checkConstraint(context, constraint, index, subject),
          );
    const status = verdictOf(checks);
    return {
      id: subject.record.id,
      status,
      passes: status === 'pass' || (status === 'unknown' && unknownPasses),
      checks,
    };
  };
  const { atlas } = context;
  const known = (layer: JudgedLayerId) => previousVerdicts(options.previous, layer);
  const verdicts = Object.fromEntries(
    JUDGED_LAYER_IDS.map((layer) => {
      const before = known(layer);
      return [
        layer,
        atlas[layer].map(
          (record, index) => before?.get(record) ?? judge({ layer, index, record } as Subject),
        ),
      ];
    }),
  ) as { [L in JudgedLayerId]: SubjectVerdict[] };
  const count = (list: readonly SubjectVerdict[]): PassCount => ({
    passing: list.filter((verdict) => verdict.passes).length,
    total: list.length,
  });
  const counts = Object.fromEntries(
    JUDGED_LAYER_IDS.map((layer) => [layer, count(verdicts[layer])]),
  ) as { [L in JudgedLayerId]: PassCount };
  const sites = SITE_LAYER_IDS.reduce(
    (sum, layer) => ({
      passing: sum.passing + counts[layer].passing,
      total: sum.total + counts[layer].total,
    }),
    { passing: 0, total: 0 },
  );
  return { ...verdicts, counts: { ...counts, sites } };
}

/** The previous verdicts by record (identity), or undefined to judge every record afresh. */
function previousVerdicts(
  previous: EvaluationOptions['previous'],
  layer: JudgedLayerId,
): Map<object, SubjectVerdict> | undefined {
  if (!previous) return undefined;
  const records: readonly object[] = previous.atlas[layer];
  const verdicts = previous.evaluation[layer];
  return new Map(records.map((record, i) => [record, verdicts[i]!]));
}

function verdictOf(checks: readonly ConstraintCheck[]): VerdictStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  if (checks.some((check) => check.status === 'unknown')) return 'unknown';
  return 'pass';
}
