// Scenarios on the real default dataset: a 1 GW data centre in Guizhou moves its compute index
// and D exactly as the coupling coordination model says, and nothing else of the raw matrix.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import { proposedDataCentre } from '../domain/scenario/proposedFeatures';
import type { ComparedAnalysis } from '../domain/scenario/comparison';
import { DEFAULT_WEIGHTS, type WeightsConfig } from '../domain/score/weightsConfig';
import { createComputeEngine } from './computeEngine';
import { loadDefaultAtlas } from './testing/defaultAtlas';

const atlas = loadDefaultAtlas();
if (!atlas) console.warn('scenarioDefaultDataset.test: skipped, no default dataset');

/** Equal manual weights, known capacity switched on: each compute indicator counts alike. */
const WEIGHTS: WeightsConfig = { ...DEFAULT_WEIGHTS, mode: 'manual', disabledIndicators: [] };
const GUIYANG: readonly [number, number] = [106.63, 26.65];

const value = (side: ComparedAnalysis, regionId: string, indicator: string) =>
  side.raw.values[side.raw.regionIds.indexOf(regionId)]![
    side.raw.indicatorIds.indexOf(indicator as never)
  ];

describe.skipIf(!atlas)('a scenario on the default dataset', () => {
  it('raises Guizhou’s compute index by a 1 GW data centre, and its D as the model says', () => {
    const engine = createComputeEngine();
    engine.setBase(atlas!);
    engine.handle({ type: 'init', id: 1 });
    const site = proposedDataCentre({
      id: 'P-1',
      name: 'Guiyang AI campus',
      scenarioName: 'test',
      position: GUIYANG,
      capacityMw: 1000,
    });
    const scenario = { id: 's', name: 's', datasetId: 'china', modifications: [site] };
    const answer = engine.handle({
      type: 'analyse',
      id: 2,
      weights: WEIGHTS,
      constraints: [],
      latency: DEFAULT_LATENCY_SETTINGS,
      scenarios: { compared: [scenario] },
    });
    if (answer.type !== 'analysis') throw new Error(JSON.stringify(answer));
    const { baseline, scenarios } = answer.comparison!;
    const after = scenarios[0]!.analysis;

    expect(value(after, 'CN-GZ', 'dc_count')).toBe(value(baseline, 'CN-GZ', 'dc_count')! + 1);
    expect(value(after, 'CN-GZ', 'dc_capacity_mw')).toBeCloseTo(
      (value(baseline, 'CN-GZ', 'dc_capacity_mw') ?? 0) + 1000,
      6,
    );
    // Every other cell of the raw matrix is as it was.
    after.raw.values.forEach((row, r) =>
      row.forEach((x, j) => {
        const id = after.raw.indicatorIds[j];
        const moved = after.raw.regionIds[r] === 'CN-GZ' && /^dc_/.test(id!);
        if (!moved) expect([r, j, x]).toEqual([r, j, baseline.raw.values[r]![j]]);
      }),
    );

    const before = baseline.scores.regions.find((s) => s.regionId === 'CN-GZ')!;
    const now = after.scores.regions.find((s) => s.regionId === 'CN-GZ')!;
    expect(now.subsystemIndex.compute!).toBeGreaterThan(before.subsystemIndex.compute!);
    // D = √(C·T), C = n·(ΠU)^(1/n)/ΣU, T = Σ α·U with α = ¼ (DESIGN.md, "Scoring").
    const u = Object.values(now.subsystemIndex) as number[];
    const n = u.length;
    const coupling =
      (n *
        Math.pow(
          u.reduce((a, b) => a * b, 1),
          1 / n,
        )) /
      u.reduce((a, b) => a + b);
    const comprehensive = u.reduce((t, x) => t + x / 4, 0);
    expect(now.degree).toBeCloseTo(Math.sqrt(coupling * comprehensive), 12);
    expect(now.degree).not.toBeCloseTo(before.degree!, 6);
  });
});
