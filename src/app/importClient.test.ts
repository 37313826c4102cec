import { describe, expect, it } from 'vitest';
import type { ImportRequest, ImportResponse, ReadPreview } from '../worker/importProtocol';
import { createImportClient, type ImportWorkerLike } from './importClient';

class FakeWorker implements ImportWorkerLike {
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  readonly sent: ImportRequest[] = [];
  terminated = false;
  postMessage(message: ImportRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: ImportResponse) {
    this.onmessage?.({ data: response } as MessageEvent<ImportResponse>);
  }
}

const PREVIEW: ReadPreview = {
  format: 'csv',
  featureCount: 2,
  report: { kept: 2, fixed: [], dropped: [], noted: [], warnings: [] },
  suggestedLayer: 'datacentres',
  columns: ['name'],
  mapping: { name: 'name' },
  licence: '',
  attribution: '',
};

function setup() {
  const workers: FakeWorker[] = [];
  const client = createImportClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe('createImportClient', () => {
  it('starts no worker until a file is read, then resolves the answer with its read id', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const reading = client.read('a.csv', 'x');
    const request = workers[0]?.sent[0];
    expect(request).toMatchObject({ type: 'read', fileName: 'a.csv', text: 'x' });
    workers[0]?.answer({ type: 'read', id: request?.id ?? -1, preview: PREVIEW });
    await expect(reading).resolves.toEqual({
      kind: 'ok',
      value: { ...PREVIEW, readId: request?.id },
    });
  });

  it('cancels a read still parsing when a second file arrives: the first worker is terminated', async () => {
    const { client, workers } = setup();
    const first = client.read('a.csv', 'x');
    const second = client.read('b.csv', 'y');
    await expect(first).resolves.toEqual({ kind: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const request = workers[1]?.sent[0];
    expect(request).toMatchObject({ fileName: 'b.csv' });
    workers[1]?.answer({ type: 'read', id: request?.id ?? -1, preview: PREVIEW });
    await expect(second).resolves.toMatchObject({ kind: 'ok' });
  });

  it('ignores a late answer from a superseded request', async () => {
    const { client, workers } = setup();
    const first = client.read('a.csv', 'x');
    const firstId = workers[0]?.sent[0]?.id ?? -1;
    void client.read('b.csv', 'y');
    workers[1]?.answer({ type: 'read', id: firstId, preview: PREVIEW });
    await expect(first).resolves.toEqual({ kind: 'cancelled' });
  });

  it('resolves cancel() as cancelled and reads the next file in a fresh worker', async () => {
    const { client, workers } = setup();
    const reading = client.read('a.csv', 'x');
    client.cancel();
    await expect(reading).resolves.toEqual({ kind: 'cancelled' });
    void client.read('b.csv', 'y');
    expect(workers).toHaveLength(2);
  });

  it('turns a worker error message or a crashed worker into an error outcome', async () => {
    const { client, workers } = setup();
    const reading = client.read('a.csv', 'x');
    workers[0]?.answer({ type: 'error', id: workers[0].sent[0]?.id ?? -1, message: 'boom' });
    await expect(reading).resolves.toEqual({ kind: 'error', message: 'boom' });
    const again = client.read('b.csv', 'y');
    workers[0]?.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(again).resolves.toEqual({ kind: 'error', message: 'out of memory' });
  });

  it('sends a finish to the worker that holds the read file and returns the records', async () => {
    const { client, workers } = setup();
    const reading = client.read('a.csv', 'x');
    const readId = workers[0]?.sent[0]?.id ?? -1;
    workers[0]?.answer({ type: 'read', id: readId, preview: PREVIEW });
    await reading;
    const finishing = client.finish({ readId, layerId: 'datacentres', mapping: {}, source: 's' });
    const request = workers[0]?.sent[1];
    expect(request).toMatchObject({ type: 'finish', readId, layerId: 'datacentres' });
    const result = { layerId: 'datacentres' as const, records: [], droppedCount: 0, issues: [] };
    workers[0]?.answer({ type: 'finished', id: request?.id ?? -1, result });
    await expect(finishing).resolves.toEqual({ kind: 'ok', value: result });
  });
});
