import { describe, expect, it } from 'vitest';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { createAppStore } from '../state/createAppStore';
import { connectCompute } from './connectCompute';
import { fakeAtlasWorker } from './testing/fakeAtlasWorker';
import type { LoadedDataset } from '../data';

const fakeWorker = () => fakeAtlasWorker({ base: testAtlas });

const dataset = { atlas: testAtlas, layers: [], manifestIssues: [] } as unknown as LoadedDataset;

describe('connectCompute', () => {
  it('sends the dataset once, then an analysis whose answer lands in the store', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    expect(worker.sent.map((m) => m.type)).toEqual(['init', 'analyse']);
    expect(store.getState().analysis?.scores.regions).toHaveLength(testAtlas.regions.length);
  });

  it('keeps one request in flight and sends the latest inputs after it', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    store.getState().setConstraints([{ kind: 'minNonFossilShare', minShare: 0.1 }]);
    store.getState().setConstraints([{ kind: 'minNonFossilShare', minShare: 0.4 }]);
    store.getState().setConstraints([{ kind: 'minNonFossilShare', minShare: 0.9 }]);
    worker.flush();
    const analyses = worker.sent.filter((m) => m.type === 'analyse');
    // The first answer, then only the latest inputs: the 0.4 request was never sent.
    expect(analyses).toHaveLength(3);
    expect(analyses.at(-1)).toMatchObject({ constraints: [{ minShare: 0.9 }] });
    const verdicts = store.getState().analysis?.constraints.regions.map((v) => v.status);
    expect(verdicts).toEqual(['fail', 'fail']);
  });

  it('draws the province rank ranges only while the Score tab shows them', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    expect(store.getState().analysis?.rankRanges).toBeUndefined();
    store.getState().setPanelTab('score');
    worker.flush();
    expect(worker.sent.at(-1)).toMatchObject({ type: 'analyse', rankRanges: true });
    const { rankRanges = {}, scores } = store.getState().analysis!;
    const scored = scores.regions.filter((r) => r.degree !== undefined).map((r) => r.regionId);
    expect(scored.length).toBeGreaterThan(0);
    expect(Object.keys(rankRanges).sort()).toEqual(scored.sort());
    store.getState().setPanelTab('layers');
    worker.flush();
    expect(store.getState().analysis?.rankRanges).toBeUndefined();
  });

  it('does not analyse before a dataset is there', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setWeights({ ...store.getState().weights, mode: 'manual' });
    expect(worker.sent).toEqual([]);
  });

  it('asks the worker to aggregate the dataset it loaded, then again with the added layers', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    expect(worker.sent[0]).toEqual({ type: 'init', id: expect.any(Number), appended: [] });

    const site = { ...testAtlas.datacentres[0]!, id: 'mine' };
    store.getState().addLayer({
      id: 'added-1',
      layerId: 'datacentres',
      name: 'mine.csv',
      licence: 'own',
      attribution: 'me',
      records: [site],
    });
    worker.flush();
    const inits = worker.sent.filter((m) => m.type === 'init');
    expect(inits).toHaveLength(2);
    expect(inits[1]).toMatchObject({ appended: [{ id: 'added-1', records: [site] }] });
    const verdictIds = store.getState().analysis?.constraints.datacentres.map((v) => v.id);
    expect(verdictIds).toContain('mine');
  });

  it('completes a weights-only answer with the per-site parts of the previous one', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    const first = store.getState().analysis!;
    store.getState().setWeights({ ...store.getState().weights, mode: 'manual' });
    worker.flush();
    const second = store.getState().analysis!;
    expect(second).not.toBe(first);
    expect(second.constraints).toBe(first.constraints);
    expect(second.latency).toBe(first.latency);
    store.getState().setConstraints([{ kind: 'minNonFossilShare', minShare: 0.4 }]);
    worker.flush();
    expect(store.getState().analysis!.constraints).not.toBe(first.constraints);
  });

  it('asks for today’s analysis without an as-of part, and for the year’s once the user picks one', () => {
    const store = createAppStore();
    const worker = fakeWorker();
    connectCompute(store, worker);
    store.getState().setDataset(dataset);
    worker.flush();
    const last = () => worker.sent.at(-1) as { type: string; vintage?: unknown };
    expect(last().vintage).toBeUndefined();
    store.getState().setVintage({ asOf: { kind: 'year', year: 2020 }, includeUnknownYear: true });
    worker.flush();
    expect(last().vintage).toMatchObject({ settings: { asOf: { kind: 'year', year: 2020 } } });
    expect(store.getState().analysis?.vintage?.settings.asOf).toEqual({ kind: 'year', year: 2020 });
    store.getState().setShowYearChart(true);
    worker.flush();
    expect(last().vintage).toMatchObject({ series: true });
  });
});
