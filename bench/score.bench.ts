// Coordination score benchmarks (issues 4 and 7): full recompute after a data change against the
// naive turf baseline, on fixtures S and L (also as structured clones, the records the worker
// gets), a recompute with the region index reused, and a weights-only recompute in the engine.
import { DEFAULT_LATENCY_SETTINGS } from '../src/domain/network/latencySettings';
import {
  aggregateIndicators,
  withLatency,
  type RawMatrix,
} from '../src/domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY } from '../src/domain/score/indicatorRegistry';
import { scoreRegions, type ScoreResult } from '../src/domain/score/scoreRegions';
import { DEFAULT_WEIGHTS, type WeightsConfig } from '../src/domain/score/weightsConfig';
import { createComputeEngine } from '../src/worker/computeEngine';
import { generateFixture, type Fixture } from './fixtures/generateFixture';
import { naiveTurfAggregate } from './fixtures/naiveTurfAggregate';
import { writeFixture } from './fixtures/writeFixture';
import type { BenchCase, BenchSuite } from './types';

/** Segment-midpoint attribution (baseline) and exact splitting (fast) differ on boundary segments. */
export const LENGTH_TOLERANCE = 0.02;
const DEGREE_TOLERANCE = 0.01;

interface Scored {
  readonly raw: RawMatrix;
  readonly result: ScoreResult;
}

const WEIGHTS_CHANGE: WeightsConfig = {
  ...DEFAULT_WEIGHTS,
  mode: 'manual',
  subsystemWeights: { compute: 0.4, power: 0.3, network: 0.2, data: 0.1 },
  indicatorWeights: { dc_count: 2, fibre_length_km: 3 },
};

const close = (a: number | undefined, b: number | undefined, rel: number) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-9);

/** Counts and sums equal, lengths within LENGTH_TOLERANCE, D within DEGREE_TOLERANCE. */
export function sameScores(fast: unknown, baseline: unknown): boolean {
  const [f, b] = [fast as Scored, baseline as Scored];
  const rawSame = f.raw.values.every((row, r) =>
    row.every((x, j) => {
      const def = INDICATOR_REGISTRY.find((d) => d.id === f.raw.indicatorIds[j])!;
      const isLength = def.source.kind === 'layer' && def.source.aggregation === 'length_km';
      return close(x, b.raw.values[r]![j], isLength ? LENGTH_TOLERANCE : 1e-9);
    }),
  );
  const degreeSame = f.result.regions.every((s, r) => {
    const other = b.result.regions[r]!.degree;
    return s.degree === other || Math.abs((s.degree ?? NaN) - (other ?? NaN)) <= DEGREE_TOLERANCE;
  });
  return rawSame && degreeSame;
}

function fullRecompute(fixture: Fixture, maxFastMs: number): BenchCase {
  const { atlas } = fixture;
  return {
    name: `score: full recompute after data change, fixture ${fixture.size}`,
    baselineName: 'turf pointsWithinPolygon per region + per-segment booleanPointInPolygon',
    fast: (): Scored => {
      // A fresh regions array: the region index cached per array is rebuilt on every run.
      const raw = aggregateIndicators(
        { ...atlas, regions: [...atlas.regions] },
        INDICATOR_REGISTRY,
      );
      return { raw, result: scoreRegions(raw, DEFAULT_WEIGHTS) };
    },
    baseline: (): Scored => {
      const raw = naiveTurfAggregate(atlas, INDICATOR_REGISTRY);
      return { raw, result: scoreRegions(raw, DEFAULT_WEIGHTS) };
    },
    same: sameScores,
    target: { minRatio: 50, maxFastMs },
  };
}

/** Layers changed, regions the same array: the cached region index is reused. */
function layersOnly(fixture: Fixture): BenchCase {
  const { atlas } = fixture;
  return {
    name: `score: recompute after a layer change (regions unchanged, index reused), fixture ${fixture.size}`,
    baselineName: 'none (absolute; same work as the row above minus the index build)',
    fast: (): Scored => {
      const raw = aggregateIndicators(atlas, INDICATOR_REGISTRY);
      return { raw, result: scoreRegions(raw, DEFAULT_WEIGHTS) };
    },
    target: { maxFastMs: 500 },
  };
}

/**
 * The same full recompute on a structured clone of the fixture: records as the worker receives
 * them (one hidden class per layer), where the generated records each have their own. On S the
 * naive baseline runs on the clone too (cheap); on L the row is absolute, to keep the run short.
 */
function asWorkerReceives(fixture: Fixture, maxFastMs: number, withBaseline: boolean): BenchCase {
  let row: BenchCase | undefined; // cloned on the first (warm-up) run, not while other rows run
  const cloned = () =>
    (row ??= fullRecompute({ ...fixture, atlas: structuredClone(fixture.atlas) }, maxFastMs));
  return {
    name: `score: full recompute, fixture ${fixture.size} as the worker receives it (structured clone)`,
    baselineName: withBaseline
      ? 'turf pointsWithinPolygon per region + per-segment booleanPointInPolygon, on the clone'
      : 'none (absolute; compare with the full-recompute row)',
    fast: () => cloned().fast(),
    ...(withBaseline && { baseline: () => cloned().baseline!(), same: sameScores }),
    target: withBaseline ? { minRatio: 50, maxFastMs } : { maxFastMs },
  };
}

function weightsOnly(fixture: Fixture): BenchCase {
  const engine = createComputeEngine();
  engine.setBase(fixture.atlas);
  const ready = engine.handle({ type: 'init', id: 0 });
  if (ready.type !== 'ready') throw new Error(`engine init failed: ${JSON.stringify(ready)}`);
  let id = 1;
  const analyse = (weights: WeightsConfig) => {
    const response = engine.handle({
      type: 'analyse',
      id: id++,
      weights,
      constraints: [],
      latency: DEFAULT_LATENCY_SETTINGS,
    });
    if (response.type !== 'analysis') throw new Error(JSON.stringify(response));
    return response.analysis;
  };
  // The first answer computes latency over the fibre graph; later weights moves reuse it.
  const first = analyse(DEFAULT_WEIGHTS);
  const latencyColumn = first.raw.indicatorIds.indexOf('latency_to_demand_ms');
  const latencyMs = new Map(
    first.raw.regionIds.map((regionId, r) => [regionId, first.raw.values[r]![latencyColumn]]),
  );
  return {
    name: `score: weights-only recompute in the compute engine, fixture ${fixture.size}`,
    baselineName: 're-aggregating geometry on every weights change (fast aggregation)',
    fast: () => analyse(WEIGHTS_CHANGE).scores.regions.map((r) => r.degree),
    baseline: () =>
      scoreRegions(
        withLatency(
          aggregateIndicators(fixture.atlas, INDICATOR_REGISTRY),
          INDICATOR_REGISTRY,
          latencyMs,
        ),
        WEIGHTS_CHANGE,
      ).regions.map((r) => r.degree),
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    target: { maxFastMs: 5 },
  };
}

const suite: BenchSuite = {
  name: 'coordination score',
  setup() {
    const small = generateFixture('S');
    const large = generateFixture('L');
    console.log(`  fixtures written to ${writeFixture(small)} and ${writeFixture(large)}`);
    return [
      fullRecompute(small, 100),
      asWorkerReceives(small, 100, true),
      asWorkerReceives(large, 500, false),
      fullRecompute(large, 500),
      layersOnly(large),
      weightsOnly(large),
    ];
  },
};

export default suite;
