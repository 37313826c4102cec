// The ΔD choropleth: each region coloured by how far a scenario moves its coordination degree D
// from the baseline, on PuOr (colour-blind safe, diverging) centred on ΔD = 0 and symmetric to the
// largest change (at least MIN_DELTA_D); regions without D on either side are no-data grey.
import { interpolatePuOr } from 'd3-scale-chromatic';
import type { ScenarioComparison } from '../../domain/scenario/comparison';
import { cssToRgba, hexToRgba, type Rgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';

/** The ramp spans at least ±this many units of D, so rounding noise stays pale. */
export const MIN_DELTA_D = 0.005;

export interface DeltaFill {
  readonly colours: ReadonlyMap<string, Rgba>;
  readonly key: string;
  /** The ramp's end, in units of D: colours run from −maxAbs to +maxAbs. */
  readonly maxAbs: number;
  /** ΔD per region id (scenario − baseline); absent where either D is missing. */
  readonly deltas: ReadonlyMap<string, number>;
}

/** The colour of ΔD (units of D) on a ramp spanning ±maxAbs: pale at no change, purple for a
 * gain, orange for a loss (d3's PuOr runs purple at 0 to orange at 1, so the ramp is read
 * backwards). */
export function deltaColour(delta: number, maxAbs: number): Rgba {
  const t = 0.5 - Math.max(-0.5, Math.min(0.5, delta / (2 * maxAbs)));
  return cssToRgba(interpolatePuOr(t));
}

/** Colours of per-region ΔD on a ramp symmetric to the largest change; regions without a ΔD
 * are no-data grey. `keyPrefix` names what was compared (it starts the update key). */
export function deltaFill(
  regionIds: readonly string[],
  deltas: ReadonlyMap<string, number>,
  keyPrefix: string,
): DeltaFill {
  const maxAbs = Math.max(MIN_DELTA_D, ...[...deltas.values()].map(Math.abs));
  const noData = hexToRgba(NO_DATA_COLOUR);
  const colours = new Map(
    regionIds.map((id) => {
      const delta = deltas.get(id);
      return [id, delta === undefined ? noData : deltaColour(delta, maxAbs)] as const;
    }),
  );
  const key = `${keyPrefix}:${[...deltas.values()].map((d) => d.toFixed(6)).join(',')}`;
  return { colours, key, maxAbs, deltas };
}

/** Per-region ΔD of one compared scenario; undefined when the comparison lacks it. */
export function deltaFillColours(
  comparison: ScenarioComparison,
  scenarioId: string,
): DeltaFill | undefined {
  const scenario = comparison.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return undefined;
  const before = new Map(comparison.baseline.scores.regions.map((r) => [r.regionId, r.degree]));
  const deltas = new Map<string, number>();
  for (const region of scenario.analysis.scores.regions) {
    const was = before.get(region.regionId);
    if (was !== undefined && region.degree !== undefined)
      deltas.set(region.regionId, region.degree - was);
  }
  const regionIds = scenario.analysis.scores.regions.map((region) => region.regionId);
  return deltaFill(regionIds, deltas, `delta:${scenarioId}`);
}
