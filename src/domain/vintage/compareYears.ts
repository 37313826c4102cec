// Two score results side by side (two years, or a year and the pipeline): per region the change
// of D and rank and which subsystem moved most. Pure data for a rank-change table and for a ΔD
// map (docs/VINTAGES.md, "Compare two years").
import type { RegionScore, ScoreResult } from '../score/scoreRegions';
import { SUBSYSTEMS, type Subsystem } from '../score/subsystems';

export interface RegionChange {
  readonly regionId: string;
  readonly degreeBefore?: number;
  readonly degreeAfter?: number;
  /** D after − D before; undefined when either is missing. */
  readonly degreeChange?: number;
  readonly rankBefore?: number;
  readonly rankAfter?: number;
  /** Places gained: rank before − rank after (positive = moved up). */
  readonly rankChange?: number;
  /** U_k after − U_k before, for the subsystems present in both. */
  readonly subsystemChange: Readonly<Partial<Record<Subsystem, number>>>;
  /** The subsystem whose U_k changed most (by absolute value), when any did. */
  readonly movedMost?: Subsystem;
}

const difference = (after?: number, before?: number) =>
  after === undefined || before === undefined ? undefined : after - before;

function changeOf(regionId: string, before?: RegionScore, after?: RegionScore): RegionChange {
  const subsystemChange: Partial<Record<Subsystem, number>> = {};
  let movedMost: Subsystem | undefined;
  for (const k of SUBSYSTEMS) {
    const delta = difference(after?.subsystemIndex[k], before?.subsystemIndex[k]);
    if (delta === undefined) continue;
    subsystemChange[k] = delta;
    if (
      delta !== 0 &&
      (movedMost === undefined || Math.abs(delta) > Math.abs(subsystemChange[movedMost]!))
    )
      movedMost = k;
  }
  const rankChange =
    before?.rank === undefined || after?.rank === undefined ? undefined : before.rank - after.rank;
  return {
    regionId,
    degreeBefore: before?.degree,
    degreeAfter: after?.degree,
    degreeChange: difference(after?.degree, before?.degree),
    rankBefore: before?.rank,
    rankAfter: after?.rank,
    rankChange,
    subsystemChange,
    movedMost,
  };
}

/** One change per region of either result, in the order of `after` then any only in `before`. */
export function compareScores(before: ScoreResult, after: ScoreResult): RegionChange[] {
  const beforeById = new Map(before.regions.map((region) => [region.regionId, region]));
  const afterIds = new Set(after.regions.map((region) => region.regionId));
  return [
    ...after.regions.map((region) =>
      changeOf(region.regionId, beforeById.get(region.regionId), region),
    ),
    ...before.regions
      .filter((region) => !afterIds.has(region.regionId))
      .map((region) => changeOf(region.regionId, region, undefined)),
  ];
}
