// The coupling coordination degree per region (DESIGN.md "Scoring"): U_k per subsystem, coupling
// C, comprehensive index T, D = √(C·T), class, bottleneck and rank. Cheap: no geometry, so a
// weights change only recombines the cached raw and normalised matrices.
import type { RawMatrix } from './aggregateIndicators';
import { coordinationClassIndex } from './coordinationClasses';
import type { IndicatorId } from './indicatorIds';
import { INDICATOR_REGISTRY, indicatorDef, type IndicatorDef } from './indicatorRegistry';
import { normalise, normaliseToGoalpost, type Goalpost } from './normalise';
import type { Subsystem } from './subsystems';
import { resolveWeights, type ResolvedWeights, type WeightsConfig } from './weightsConfig';

export interface RegionScore {
  readonly regionId: string;
  /** U_k in [0.01, 1]; undefined when the region has no weighted indicator of k present. */
  readonly subsystemIndex: Readonly<Partial<Record<Subsystem, number>>>;
  /** C, T, D in [0, 1]; undefined when any active U_k is missing. */
  readonly coupling?: number;
  readonly comprehensive?: number;
  readonly degree?: number;
  /** Index into COORDINATION_CLASSES. */
  readonly classIndex?: number;
  /** The active subsystem with the lowest U_k (first in SUBSYSTEMS order on ties). */
  readonly bottleneck?: Subsystem;
  /** 1 = highest D; ties share a rank; undefined when D is missing. */
  readonly rank?: number;
  readonly missingIndicators: readonly IndicatorId[];
  readonly missingSubsystems: readonly Subsystem[];
}

export interface ScoreResult extends ResolvedWeights {
  readonly regions: readonly RegionScore[];
  readonly indicatorIds: readonly IndicatorId[];
  /** normalised[region][indicator], same layout as the raw matrix. */
  readonly normalised: readonly (readonly (number | undefined)[])[];
}

/** Fixed goalposts per indicator; an indicator without one is normalised min–max over the
 * regions of its matrix. */
export type Goalposts = Readonly<Partial<Record<IndicatorId, Goalpost>>>;

/** How scoreRegions may depart from today's per-matrix min–max and entropy weights. */
export interface ScoreOptions {
  /** Normalise onto these goalposts instead of the matrix's own range. */
  readonly goalposts?: Goalposts;
  /** Derive entropy weights from this normalised matrix (same layout), e.g. a base year's, and
   * apply them here: weights frozen at that matrix. Manual weights ignore it. */
  readonly weightsFrom?: readonly (readonly (number | undefined)[])[];
}

const normalisedCache = new WeakMap<
  RawMatrix,
  { goalposts?: Goalposts; matrix: (number | undefined)[][] }
>();

/** The normalised matrix of a raw matrix, computed once per matrix object and goalposts. */
export function normalisedMatrix(
  raw: RawMatrix,
  defs: readonly IndicatorDef[],
  goalposts?: Goalposts,
): (number | undefined)[][] {
  const cached = normalisedCache.get(raw);
  if (cached && cached.goalposts === goalposts) return cached.matrix;
  const columns = defs.map((d, j) => {
    const column = raw.values.map((row) => row[j]);
    const goalpost = goalposts?.[d.id];
    return goalpost
      ? normaliseToGoalpost(column, d.direction, goalpost)
      : normalise(column, d.direction);
  });
  const matrix = raw.values.map((_, r) => columns.map((column) => column[r]));
  normalisedCache.set(raw, { goalposts, matrix });
  return matrix;
}

function scoreRow(
  row: readonly (number | undefined)[],
  regionId: string,
  defs: readonly IndicatorDef[],
  w: ResolvedWeights,
) {
  const u: Partial<Record<Subsystem, number>> = {};
  const missingIndicators = defs.flatMap((d, j) => (row[j] === undefined ? [d.id] : []));
  for (const k of w.activeSubsystems) {
    let sum = 0;
    let weight = 0;
    defs.forEach((d, j) => {
      const x = row[j];
      if (d.subsystem !== k || x === undefined) return;
      sum += w.columnWeights[j]! * x;
      weight += w.columnWeights[j]!;
    });
    if (weight > 0) u[k] = sum / weight;
  }
  const missingSubsystems = w.activeSubsystems.filter((k) => u[k] === undefined);
  const base = { regionId, subsystemIndex: u, missingIndicators, missingSubsystems };
  if (missingSubsystems.length > 0 || w.activeSubsystems.length === 0) return base;
  const values = w.activeSubsystems.map((k) => u[k]!);
  const n = values.length;
  const sumU = values.reduce((a, b) => a + b, 0);
  const geometricMean = Math.exp(values.reduce((a, b) => a + Math.log(b), 0) / n);
  const coupling = Math.min(1, (n * geometricMean) / sumU);
  const comprehensive = Math.min(
    1,
    w.activeSubsystems.reduce((t, k) => t + w.subsystemWeights[k] * u[k]!, 0),
  );
  const degree = Math.sqrt(coupling * comprehensive);
  const bottleneck = w.activeSubsystems.reduce((low, k) => (u[k]! < u[low]! ? k : low));
  return {
    ...base,
    coupling,
    comprehensive,
    degree,
    classIndex: coordinationClassIndex(degree),
    bottleneck,
  };
}

/** How many values of a descending array are greater than x (binary search). */
function countGreater(descending: readonly number[], x: number): number {
  let lo = 0;
  let hi = descending.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (descending[mid]! > x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scores every region of a raw matrix under a weights configuration (and, optionally, fixed
 * goalposts and weights frozen at another matrix). Missing indicators are left
 * out and the weights of the present ones renormalised; a region with no indicator of an active
 * subsystem has that U_k missing, and so C, T, D missing (listed in `missingSubsystems`).
 */
export function scoreRegions(
  raw: RawMatrix,
  config: WeightsConfig,
  registry: readonly IndicatorDef[] = INDICATOR_REGISTRY,
  options: ScoreOptions = {},
): ScoreResult {
  const defs = raw.indicatorIds.map((id) => indicatorDef(id, registry));
  const normalised = normalisedMatrix(raw, defs, options.goalposts);
  const weights = resolveWeights(options.weightsFrom ?? normalised, defs, config);
  const rows = normalised.map((row, r) => scoreRow(row, raw.regionIds[r]!, defs, weights));
  const descending = rows
    .flatMap((s) => ('degree' in s && s.degree !== undefined ? [s.degree] : []))
    .sort((a, b) => b - a);
  const regions = rows.map((s): RegionScore => {
    const d = 'degree' in s ? s.degree : undefined;
    return d === undefined ? s : { ...s, rank: 1 + countGreater(descending, d) };
  });
  return { ...weights, regions, indicatorIds: raw.indicatorIds, normalised };
}
