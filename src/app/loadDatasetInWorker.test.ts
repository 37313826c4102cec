import { LAYER_IDS } from '../domain/layerFamilies';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError, loadDataset, type LoadProgress } from '../data';
import { createFixtureFetch, FIXTURES_URL } from '../data/testing/fixtureFetch';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import type { LoadResponse } from '../worker/loadProtocol';
import { loadDatasetInWorker } from './loadDatasetInWorker';
import { fakeAtlasWorker } from './testing/fakeAtlasWorker';

const TINY = `${FIXTURES_URL}tiny/manifest.json`;
const worker = (extra?: LoadResponse[]) => {
  const fake = fakeAtlasWorker({ fetchFn: createFixtureFetch().fetchFn, delivery: 'async' });
  extra?.forEach((message) => fake.emit(message));
  return fake;
};

describe('loadDatasetInWorker', () => {
  it('resolves with the same dataset loadDataset gives, reporting progress', async () => {
    const fake = worker();
    const progress: LoadProgress[] = [];
    const dataset = await loadDatasetInWorker(TINY, {
      worker: fake,
      onProgress: (p) => progress.push(p),
    });
    const direct = await loadDataset(TINY, { fetchFn: createFixtureFetch().fetchFn });
    const plainAtlas = Object.fromEntries(
      Object.entries(dataset.atlas).map(([id, records]) => [
        id,
        records.map((record) => ({ ...record })),
      ]),
    );
    expect({ ...dataset, atlas: plainAtlas }).toEqual(direct);
    expect(progress.map((p) => p.loadedLayers)).toEqual([...LAYER_IDS.keys(), LAYER_IDS.length]);
    expect(fake.sent).toEqual([{ type: 'load', id: expect.any(Number), manifestUrl: TINY }]);
  });

  it('leaves the loaded dataset in the worker, which then answers analyses on it', async () => {
    const fake = worker();
    const dataset = await loadDatasetInWorker(TINY, { worker: fake });
    const answers: unknown[] = [];
    fake.addEventListener('message', (event) => answers.push(event.data));
    fake.postMessage({ type: 'init', id: 1, appended: [] });
    fake.postMessage({
      type: 'analyse',
      id: 2,
      weights: DEFAULT_WEIGHTS,
      constraints: [],
      latency: DEFAULT_LATENCY_SETTINGS,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answers).toMatchObject([
      { type: 'ready', regionCount: dataset.atlas.regions.length },
      { type: 'analysis' },
    ]);
  });

  it('ignores messages of another request id', async () => {
    const stray: LoadResponse = { type: 'records', id: 99, layerId: 'hubs', records: [] };
    const failing: LoadResponse = { type: 'failed', id: 99, message: 'not mine' };
    const dataset = await loadDatasetInWorker(TINY, { worker: worker([stray, failing]) });
    expect(dataset.manifest.id).toBe('tiny');
  });

  it('rejects with a DatasetLoadError naming the manifest when it cannot be loaded', async () => {
    const url = `${FIXTURES_URL}nowhere/manifest.json`;
    const failure = loadDatasetInWorker(url, { worker: worker() });
    await expect(failure).rejects.toBeInstanceOf(DatasetLoadError);
    await expect(failure).rejects.toThrow(url);
  });
});
