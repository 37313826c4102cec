// Evaluates a list of constraints on every region, data centre and hub of the context's atlas.
// A constraint only judges what it applies to (see CONSTRAINT_KIND_INFO.appliesTo): site-only
// constraints leave regions alone; region statistics judge the sites inside the region too.
import type { ConstraintCheck, SubjectVerdict, VerdictStatus } from './constraintCheck';
import type { ConstraintContext } from './createConstraintContext';
import type { Constraint } from './constraint';
import { checkConstraint } from './checkConstraint';
import type { Subject } from './measurement';

export interface EvaluationOptions {
  /** Whether a subject with unknown checks (and no failure) counts as passing; default true (flagged). */
  readonly unknownPasses?: boolean;
}

export interface PassCount {
  readonly passing: number;
  readonly total: number;
}

export interface ConstraintEvaluation {
  readonly regions: readonly SubjectVerdict[];
  readonly datacentres: readonly SubjectVerdict[];
  readonly hubs: readonly SubjectVerdict[];
  /** "N of R regions, M of K sites pass"; sites are data centres and hubs together. */
  readonly counts: {
    readonly regions: PassCount;
    readonly sites: PassCount;
    readonly datacentres: PassCount;
    readonly hubs: PassCount;
  };
}

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
  const regions = atlas.regions.map((record, index) => judge({ layer: 'regions', index, record }));
  const datacentres = atlas.datacentres.map((record, index) =>
    judge({ layer: 'datacentres', index, record }),
  );
  const hubs = atlas.hubs.map((record, index) => judge({ layer: 'hubs', index, record }));
  const count = (verdicts: readonly SubjectVerdict[]): PassCount => ({
    passing: verdicts.filter((verdict) => verdict.passes).length,
    total: verdicts.length,
  });
  const dc = count(datacentres);
  const hub = count(hubs);
  return {
    regions,
    datacentres,
    hubs,
    counts: {
      regions: count(regions),
      sites: { passing: dc.passing + hub.passing, total: dc.total + hub.total },
      datacentres: dc,
      hubs: hub,
    },
  };
}

function verdictOf(checks: readonly ConstraintCheck[]): VerdictStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  if (checks.some((check) => check.status === 'unknown')) return 'unknown';
  return 'pass';
}
