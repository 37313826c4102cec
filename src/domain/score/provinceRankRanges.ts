// How far each province's rank by D moves when the Score weights do (DESIGN.md "Trust in a
// ranking"): every subsystem weight α and every effective indicator weight (manual, or the
// entropy weights the data gave) is multiplied by an independent factor in [0.8, 1.2] per draw,
// 200 seeded draws; each region's rank range is its 5th–95th percentile rank. Each draw recombines
// the cached normalised matrix as scoreRegions does (present indicators renormalised, α summing to
// 1 over the active subsystems), without building score objects: a few ms for 200 draws.
import {
  rankRangesOverDraws,
  type RankRange,
  type RobustnessOptions,
} from '../sites/rankRobustness';
import type { RawMatrix } from './aggregateIndicators';
import { indicatorDef, type IndicatorDef } from './indicatorRegistry';
import { normalisedMatrix, scoreRegions, type ScoreOptions } from './scoreRegions';
import type { WeightsConfig } from './weightsConfig';

/** D of every region (NaN where missing) for α (per active subsystem) and column weights. */
function degrees(
  values: Float64Array,
  columnSubsystem: Int8Array,
  regionCount: number,
  activeCount: number,
  alpha: ArrayLike<number>,
  column: ArrayLike<number>,
): Float64Array {
  const columns = columnSubsystem.length;
  const out = new Float64Array(regionCount);
  const sums = new Float64Array(activeCount);
  const weights = new Float64Array(activeCount);
  let alphaTotal = 0;
  for (let a = 0; a < activeCount; a++) alphaTotal += Math.max(0, alpha[a]!);
  for (let r = 0; r < regionCount; r++) {
    sums.fill(0);
    weights.fill(0);
    for (let j = 0; j < columns; j++) {
      const a = columnSubsystem[j]!;
      const x = values[r * columns + j]!;
      if (a < 0 || x !== x || !(column[j]! > 0)) continue;
      sums[a]! += column[j]! * x;
      weights[a]! += column[j]!;
    }
    let sumU = 0;
    let logSum = 0;
    let t = 0;
    let missing = activeCount === 0;
    for (let a = 0; a < activeCount; a++) {
      if (!(weights[a]! > 0)) missing = true;
      const u = sums[a]! / weights[a]!;
      sumU += u;
      logSum += Math.log(u);
      t += (alphaTotal > 0 ? Math.max(0, alpha[a]!) / alphaTotal : 1 / activeCount) * u;
    }
    const coupling = Math.min(1, (activeCount * Math.exp(logSum / activeCount)) / sumU);
    out[r] = missing ? NaN : Math.sqrt(coupling * Math.min(1, t));
  }
  return out;
}

/** Rank range by region id, for the regions that have D under the given weights, on the score
 * scale of `options.score` (an as-of view's goalposts and frozen weights). */
export function provinceRankRanges(
  raw: RawMatrix,
  config: WeightsConfig,
  registry: readonly IndicatorDef[],
  options: { readonly robustness?: RobustnessOptions; readonly score?: ScoreOptions } = {},
): Readonly<Record<string, RankRange>> {
  const base = scoreRegions(raw, config, registry, options.score);
  const defs = raw.indicatorIds.map((id) => indicatorDef(id, registry));
  const normalised = normalisedMatrix(raw, defs, options.score?.goalposts);
  const active = base.activeSubsystems;
  const columnSubsystem = Int8Array.from(defs, (d) => active.indexOf(d.subsystem));
  const values = Float64Array.from(normalised.flat(), (x) => (x === undefined ? NaN : x));
  const alpha = active.map((k) => base.subsystemWeights[k]);
  const weights = [...alpha, ...base.columnWeights];
  const regionCount = raw.regionIds.length;
  const ranges = rankRangesOverDraws(
    regionCount,
    weights,
    (w) =>
      degrees(
        values,
        columnSubsystem,
        regionCount,
        active.length,
        w.subarray(0, active.length),
        w.subarray(active.length),
      ),
    options.robustness,
  );
  return Object.fromEntries(
    base.regions.flatMap((r, i) => (r.degree === undefined ? [] : [[r.regionId, ranges[i]!]])),
  );
}
