import { describe, expect, it } from 'vitest';
import { emptyAtlas, type Atlas } from '../domain/atlas';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { TEST_REGIONS, testRegion } from '../domain/testing/spatialRegions';
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

/** An engine holding `given` as if the worker had loaded it, initialised with no added layer. */
function engineWith(given: Atlas) {
  const engine = createComputeEngine();
  engine.setBase(given);
  engine.handle({ type: 'init', id: 1 });
  return engine;
}

const analyse = (
  engine: ReturnType<typeof createComputeEngine>,
  id: number,
  weights = DEFAULT_WEIGHTS,
) =>
  expectType(
    engine.handle({
      type: 'analyse',
      id,
      weights,
      constraints: [],
      latency: DEFAULT_LATENCY_SETTINGS,
    }),
    'analysis',
  ).analysis;

describe('createComputeEngine', () => {
  it('answers init with ready and the same request id, once a dataset is loaded', () => {
    const engine = createComputeEngine();
    expect(expectType(engine.handle({ type: 'init', id: 6 }), 'error').message).toMatch(
      /before a dataset was loaded/,
    );
    engine.setBase(atlas);
    const ready = expectType(engine.handle({ type: 'init', id: 7 }), 'ready');
    expect(ready.id).toBe(7);
    expect(ready.regionCount).toBe(3);
  });

  it('recombines the cached matrix on a weights-only change, without re-aggregating', () => {
    const engine = engineWith(atlas);
    const first = analyse(engine, 2);
    const weights = {
      ...DEFAULT_WEIGHTS,
      subsystemWeights: { ...DEFAULT_WEIGHTS.subsystemWeights, data: 3 },
    };
    const second = analyse(engine, 3, weights);
    expect(second.raw).toBe(first.raw);
    expect(second.constraints).toBeUndefined();
    expect(second.scores.subsystemWeights.data).toBeGreaterThan(first.scores.subsystemWeights.data);
  });

  it('reports errors as messages: analyse before init, unknown or malformed requests', () => {
    const engine = createComputeEngine();
    const early = expectType(
      engine.handle({
        type: 'analyse',
        id: 4,
        weights: DEFAULT_WEIGHTS,
        constraints: [],
        latency: DEFAULT_LATENCY_SETTINGS,
      }),
      'error',
    );
    expect(early.id).toBe(4);
    expect(early.message).toMatch(/before init/);
    expect(engine.handle({ type: 'explode', id: 5 }).type).toBe('error');
    expect(engine.handle({ type: 'score', id: 6, weights: DEFAULT_WEIGHTS }).type).toBe('error');
    expect(engine.handle(null).type).toBe('error');
  });
});

describe('the analyse request', () => {
  it('answers with scores, constraint verdicts and latency for the same inputs', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const engine = engineWith(testAtlas);
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

  it('keeps the loaded dataset for later inits, which only change the appended layers', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const engine = engineWith(testAtlas);
    const site = { ...testAtlas.datacentres[0]!, position: [106.6, 26.6] as const };
    const appended = [{ id: 'added-1', layerId: 'datacentres' as const, records: [site] }];
    const ready = expectType(engine.handle({ type: 'init', id: 3, appended }), 'ready');
    expect(ready.regionCount).toBe(testAtlas.regions.length);
    const after = analyse(engine, 4);
    const ids = after.constraints!.datacentres.map((verdict) => verdict.id);
    expect(ids).toEqual([...testAtlas.datacentres.map((dc) => dc.id), `added-1:${site.id}`]);
  });

  it('refuses a first init without a dataset', () => {
    const answer = createComputeEngine().handle({ type: 'init', id: 5, appended: [] });
    expect(answer).toMatchObject({ type: 'error', id: 5 });
  });

  it('leaves out per-site verdicts and latency while constraints and latency settings stay', async () => {
    const { testAtlas } = await import('../domain/testing/constraintAtlas');
    const engine = engineWith(testAtlas);
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
