import { describe, expect, it } from 'vitest';
import { DatasetLoadError, loadDataset, type LoadProgress } from '../data';
import { createFixtureFetch, FIXTURES_URL } from '../data/testing/fixtureFetch';
import { answerLoad } from '../worker/answerLoad';
import type { LoadRequest, LoadResponse } from '../worker/loadProtocol';
import { decodeAtlasJson } from '../worker/atlasJson';
import { takeAtlasJson } from './atlasJsonHandoff';
import { loadDatasetInWorker, type LoadWorkerLike } from './loadDatasetInWorker';

const TINY = `${FIXTURES_URL}tiny/manifest.json`;

/** A worker that runs the real answerLoad and delivers structured clones asynchronously. */
function fakeLoadWorker(extra: LoadResponse[] = []) {
  const worker: LoadWorkerLike & { requests: LoadRequest[]; terminated: boolean } = {
    requests: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(request) {
      this.requests.push(request);
      const deliver = (data: LoadResponse) =>
        setTimeout(() =>
          this.onmessage?.({ data: structuredClone(data) } as MessageEvent<LoadResponse>),
        );
      extra.forEach(deliver);
      void answerLoad(request, deliver, createFixtureFetch().fetchFn);
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker;
}

describe('loadDatasetInWorker', () => {
  it('resolves with the same dataset loadDataset gives, reporting progress, and ends the worker', async () => {
    const worker = fakeLoadWorker();
    const progress: LoadProgress[] = [];
    const dataset = await loadDatasetInWorker(TINY, {
      createWorker: () => worker,
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
    // The atlas also came as JSON bytes, kept for the compute worker, and taken only once.
    const atlasJson = takeAtlasJson(dataset);
    expect(atlasJson && decodeAtlasJson(atlasJson)).toEqual(
      JSON.parse(JSON.stringify(direct.atlas)),
    );
    expect(takeAtlasJson(dataset)).toBeUndefined();
    expect(progress.map((p) => p.loadedLayers)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(worker.requests).toEqual([{ type: 'load', id: 1, manifestUrl: TINY }]);
    expect(worker.terminated).toBe(true);
  });

  it('ignores messages of another request id', async () => {
    const stray: LoadResponse = { type: 'records', id: 99, layerId: 'hubs', records: [] };
    const failing: LoadResponse = { type: 'failed', id: 99, message: 'not mine' };
    const dataset = await loadDatasetInWorker(TINY, {
      createWorker: () => fakeLoadWorker([stray, failing]),
    });
    expect(dataset.manifest.id).toBe('tiny');
  });

  it('rejects with a DatasetLoadError naming the manifest when it cannot be loaded', async () => {
    const worker = fakeLoadWorker();
    const url = `${FIXTURES_URL}nowhere/manifest.json`;
    const failure = loadDatasetInWorker(url, { createWorker: () => worker });
    await expect(failure).rejects.toBeInstanceOf(DatasetLoadError);
    await expect(failure).rejects.toThrow(url);
    expect(worker.terminated).toBe(true);
  });
});
