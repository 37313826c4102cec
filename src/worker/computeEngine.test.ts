import { describe, expect, it } from 'vitest';
import { emptyAtlas, type Atlas } from '../domain/atlas';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { TEST_REGIONS, testRegion } from '../domain/testing/spatialRegions';
import { encodeAtlasJson } from './atlasJson';
import { createComputeEngine } from './computeEngine';
import type { WorkerResponse } from './protocol';

const atlas: Atlas = {
  ...emptyAtlas(),
  regions: TEST_REGIONS.map((r, i) =>
    testRegion(r.id, r.geometry, { population_10k: 10 * (i + 1), generation_capacity_gw: 3 - i }),
  ),
};

function expectType<T extends WorkerResponse['type']>(response: WorkerResponse, type: T) {
  expect(response.type).toBe(type);
  return response as Extract<WorkerResponse, { type: T }>;
}

describe('createComputeEngine', () => {
  it('answers init with ready and the same request id', () => {
    const engine = createComputeEngine();
    const ready = expectType(engine.handle({ type: 'init', id: 7, atlas }), 'ready');
    expect(ready.id).toBe(7);
    expect(ready.regionCount).toBe(3);
  });

  it('recombines the cached matrix on a weights-only change, without re-aggregating', () => {
    const engine = createComputeEngine();
    engine.handle({ type: 'init', id: 1, atlas });
    const first = expectType(
      engine.handle({ type: 'score', id: 2, weights: DEFAULT_WEIGHTS }),
      'scores',
    );
    const weights = {
      ...DEFAULT_WEIGHTS,
      subsystemWeights: { ...DEFAULT_WEIGHTS.subsystemWeights, data: 3 },
    };
    const second = expectType(engine.handle({ type: 'score', id: 3, weights }), 'scores');
    expect(second.raw).toBe(first.raw);
    expect(second.latencyUpdated).toBe(false);
    expect(second.results.subsystemWeights.data).toBeGreaterThan(
      first.results.subsystemWeights.data,
    );
  });

  it('replaces the latency column when the latency map changes, and only then', () => {
    const engine = createComputeEngine();
    engine.handle({ type: 'init', id: 1, atlas });
    const latencyMs = { W: 5, E: null };
    const changed = expectType(
      engine.handle({ type: 'score', id: 2, weights: DEFAULT_WEIGHTS, latencyMs }),
      'scores',
    );
    const same = expectType(
      engine.handle({ type: 'score', id: 3, weights: DEFAULT_WEIGHTS, latencyMs }),
      'scores',
    );
    const j = changed.raw.indicatorIds.indexOf('latency_to_demand_ms');
    expect(changed.latencyUpdated).toBe(true);
    expect(changed.raw.values.map((row) => row[j])).toEqual([5, undefined, undefined]);
    expect(same.latencyUpdated).toBe(false);
  });

  it('reports errors as messages: score before init, unknown or malformed requests', () => {
    const engine = createComputeEngine();
    const early = expectType(
      engine.handle({ type: 'score', id: 4, weights: DEFAULT_WEIGHTS }),
      'error',
    );
    expect(early.id).toBe(4);
    expect(early.message).toMatch(/before init/);
    expect(engine.handle({ type: 'explode', id: 5 }).type).toBe('error');
    expect(engine.handle(null).type).toBe('error');
  });
});

describe('the analyse request', () => {
  it('answers with scores, constraint verdicts and latency for the same inputs', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const { DEFAULT_LATENCY_SETTINGS } = await import('../domain/network/latencySettings');
    const engine = createComputeEngine();
    engine.handle({ type: 'init', id: 1, atlas: testAtlas });
    const request = {
      type: 'analyse',
      id: 2,
      weights: DEFAULT_WEIGHTS,
      constraints: [{ kind: 'minNonFossilShare', minShare: 0.4 }],
      latency: DEFAULT_LATENCY_SETTINGS,
    };
    const { analysis } = expectType(engine.handle(request), 'analysis');
    expect(analysis.scores.regions.map((r) => r.regionId)).toEqual(['R1', 'R2']);
    const verdicts = Object.fromEntries(analysis.constraints!.regions.map((v) => [v.id, v.status]));
    expect(verdicts).toEqual({ R1: 'pass', R2: 'fail' });
    expect(analysis.latency!.regions.latencyMs).toHaveLength(2);
  });

  it('is an error message, not a throw, before init', () => {
    const engine = createComputeEngine();
    const answer = engine.handle({
      type: 'analyse',
      id: 4,
      weights: DEFAULT_WEIGHTS,
      constraints: [],
    });
    expect(answer).toMatchObject({ type: 'error', id: 4 });
  });

  it('gives the same analysis from the atlas as JSON bytes, and keeps it for later inits', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const { DEFAULT_LATENCY_SETTINGS } = await import('../domain/network/latencySettings');
    const analyseRequest = (id: number) => ({
      type: 'analyse',
      id,
      weights: DEFAULT_WEIGHTS,
      constraints: [{ kind: 'minNonFossilShare', minShare: 0.4 }],
      latency: DEFAULT_LATENCY_SETTINGS,
    });
    const fromObjects = createComputeEngine();
    fromObjects.handle({ type: 'init', id: 1, atlas: testAtlas });
    const fromBytes = createComputeEngine();
    fromBytes.handle({ type: 'init', id: 1, atlasJson: encodeAtlasJson(testAtlas) });
    const expected = expectType(fromObjects.handle(analyseRequest(2)), 'analysis').analysis;
    const actual = expectType(fromBytes.handle(analyseRequest(2)), 'analysis').analysis;
    expect({ ...actual, computeMs: 0 }).toEqual({ ...expected, computeMs: 0 });

    // A later init with only appended layers reuses the dataset and names clashing ids alike.
    const site = { ...testAtlas.datacentres[0]!, position: [106.6, 26.6] as const };
    const appended = [{ id: 'added-1', layerId: 'datacentres' as const, records: [site] }];
    const ready = expectType(fromBytes.handle({ type: 'init', id: 3, appended }), 'ready');
    expect(ready.regionCount).toBe(testAtlas.regions.length);
    const after = expectType(fromBytes.handle(analyseRequest(4)), 'analysis').analysis;
    const ids = after.constraints!.datacentres.map((verdict) => verdict.id);
    expect(ids).toEqual([...testAtlas.datacentres.map((dc) => dc.id), `added-1:${site.id}`]);
  });

  it('refuses a first init without a dataset', () => {
    const answer = createComputeEngine().handle({ type: 'init', id: 5, appended: [] });
    expect(answer).toMatchObject({ type: 'error', id: 5 });
  });

  it('leaves out per-site verdicts and latency while constraints and latency settings stay', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const { DEFAULT_LATENCY_SETTINGS } = await import('../domain/network/latencySettings');
    const engine = createComputeEngine();
    engine.handle({ type: 'init', id: 1, atlas: testAtlas });
    const constraints = [{ kind: 'minNonFossilShare', minShare: 0.4 }];
    const ask = (id: number, changes: object = {}) =>
      expectType(
        engine.handle({
          type: 'analyse',
          id,
          weights: DEFAULT_WEIGHTS,
          constraints,
          latency: DEFAULT_LATENCY_SETTINGS,
          ...changes,
        }),
        'analysis',
      ).analysis;
    expect(ask(2).constraints).toBeDefined();
    const weightsOnly = ask(3, { weights: { ...DEFAULT_WEIGHTS, mode: 'manual' } });
    expect(weightsOnly.constraints).toBeUndefined();
    expect(weightsOnly.latency).toBeUndefined();
    expect(weightsOnly.scores.regions).toHaveLength(testAtlas.regions.length);
    expect(ask(4, { constraints: [] }).constraints?.regions.every((v) => v.passes)).toBe(true);
    const slower = { ...DEFAULT_LATENCY_SETTINGS, routeFactor: 2 };
    expect(ask(5, { constraints: [], latency: slower }).latency).toBeDefined();
    engine.handle({ type: 'init', id: 6, appended: [] });
    expect(ask(7, { constraints: [], latency: slower }).constraints).toBeDefined();
  });
});
