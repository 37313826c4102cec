// The page's side of the import worker: request ids, one request at a time, and real cancellation.
// A new file while another is being parsed cancels the first: the worker is terminated (a parse
// cannot be interrupted otherwise) and a fresh one is started lazily for the next request.
import type { FinishResult, ImportRequest, ImportResponse } from '../worker/importProtocol';
import type {
  FinishChoice,
  ImportClient,
  ImportOutcome,
  ReadAnswer,
} from '../ui/import/importClientTypes';

export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('../worker/importWorker.ts', import.meta.url), { type: 'module' });
}

interface Pending {
  readonly id: number;
  settle(
    response: ImportResponse | { type: 'cancelled' } | { type: 'failed'; message: string },
  ): void;
}

export function createImportClient(
  makeWorker: () => ImportWorkerLike = createImportWorker,
): ImportClient {
  let worker: ImportWorkerLike | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const stop = () => {
    worker?.terminate();
    worker = undefined;
    const cancelled = pending;
    pending = undefined;
    cancelled?.settle({ type: 'cancelled' });
  };

  const live = (): ImportWorkerLike => {
    if (worker) return worker;
    const started = makeWorker();
    started.onmessage = ({ data }) => {
      if (!pending || data.id !== pending.id) return;
      const done = pending;
      pending = undefined;
      done.settle(data);
    };
    started.onerror = (event) => {
      event.preventDefault?.();
      const failed = pending;
      pending = undefined;
      worker?.terminate();
      worker = undefined;
      failed?.settle({ type: 'failed', message: event.message || 'The import worker stopped.' });
    };
    worker = started;
    return started;
  };

  function send<T>(
    request: ImportRequest,
    pick: (response: ImportResponse) => T | undefined,
  ): Promise<ImportOutcome<T>> {
    return new Promise((resolve) => {
      pending = {
        id: request.id,
        settle(response) {
          if (response.type === 'cancelled') return resolve({ kind: 'cancelled' });
          if (response.type === 'failed' || response.type === 'error') {
            return resolve({ kind: 'error', message: response.message });
          }
          const value = pick(response);
          resolve(
            value === undefined
              ? { kind: 'error', message: 'Unexpected answer' }
              : { kind: 'ok', value },
          );
        },
      };
      live().postMessage(request);
    });
  }

  return {
    read(fileName, text) {
      if (pending) stop();
      const id = nextId++;
      return send<ReadAnswer>({ type: 'read', id, fileName, text }, (response) =>
        response.type === 'read' ? { ...response.preview, readId: id } : undefined,
      );
    },
    finish(choice: FinishChoice) {
      if (pending) stop();
      return send<FinishResult>({ type: 'finish', id: nextId++, ...choice }, (response) =>
        response.type === 'finished' ? response.result : undefined,
      );
    },
    cancel: stop,
    dispose: stop,
  };
}
