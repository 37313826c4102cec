// How a scenario moves each region against the baseline: rank before and after, ΔD, the subsystem
// whose index U_k moved most, and the indicators whose raw values changed. Sorted by |ΔD|, largest
// first, so the table opens on what the scenario changed.
import type { IndicatorId } from '../score/indicatorIds';
import { SUBSYSTEMS, type Subsystem } from '../score/subsystems';
import type { ComparedAnalysis } from './comparison';

export interface RankChange {
  readonly regionId: string;
  readonly rankBefore?: number;
  readonly rankAfter?: number;
  /** D after − D before, in units of D (−1…1); undefined where either is missing. */
  readonly deltaD?: number;
  /** The subsystem with the largest |ΔU_k|, and that change. */
  readonly subsystem?: Subsystem;
  readonly deltaU?: number;
  /** Indicators whose raw value differs (missing ↔ present counts). */
  readonly indicators: readonly IndicatorId[];
}

const EPSILON = 1e-12;

/** One row per region of the scenario, largest |ΔD| first, then by rank after. */
export function rankChanges(baseline: ComparedAnalysis, scenario: ComparedAnalysis): RankChange[] {
  const before = new Map(baseline.scores.regions.map((r) => [r.regionId, r]));
  const rawRow = new Map(baseline.raw.regionIds.map((id, r) => [id, baseline.raw.values[r]!]));
  const rows = scenario.scores.regions.map((after, r): RankChange => {
    const was = before.get(after.regionId);
    const deltaD =
      was?.degree !== undefined && after.degree !== undefined
        ? after.degree - was.degree
        : undefined;
    let subsystem: Subsystem | undefined;
    let deltaU: number | undefined;
    for (const k of SUBSYSTEMS) {
      const u0 = was?.subsystemIndex[k];
      const u1 = after.subsystemIndex[k];
      if (u0 === undefined || u1 === undefined) continue;
      if (
        Math.abs(u1 - u0) > EPSILON &&
        (deltaU === undefined || Math.abs(u1 - u0) > Math.abs(deltaU))
      ) {
        subsystem = k;
        deltaU = u1 - u0;
      }
    }
    const oldValues = rawRow.get(after.regionId);
    const newValues = scenario.raw.values[r] ?? [];
    const indicators = scenario.raw.indicatorIds.filter((_, j) => {
      const a = oldValues?.[j];
      const b = newValues[j];
      return a === undefined || b === undefined ? a !== b : Math.abs(a - b) > EPSILON;
    });
    return {
      regionId: after.regionId,
      ...(was?.rank !== undefined ? { rankBefore: was.rank } : {}),
      ...(after.rank !== undefined ? { rankAfter: after.rank } : {}),
      ...(deltaD !== undefined ? { deltaD } : {}),
      ...(subsystem ? { subsystem, deltaU } : {}),
      indicators,
    };
  });
  return rows.sort(
    (a, b) =>
      Math.abs(b.deltaD ?? 0) - Math.abs(a.deltaD ?? 0) ||
      (a.rankAfter ?? Infinity) - (b.rankAfter ?? Infinity),
  );
}
