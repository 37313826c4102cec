// The page's handle on the atlas worker (src/worker/atlasWorker.ts): one worker loads the dataset
// and answers every analysis. Dataset loads and the compute connection each listen for their own
// messages on it.
import type { LoadRequest, LoadResponse } from '../worker/loadProtocol';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';

export type AtlasWorkerMessage = LoadResponse | WorkerResponse;

/** The part of a Worker the page uses (a real worker, or a fake in tests). */
export interface AtlasWorkerLike {
  postMessage(message: LoadRequest | WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<AtlasWorkerMessage>) => void,
  ): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<AtlasWorkerMessage>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export function createAtlasWorker(): AtlasWorkerLike {
  return new Worker(new URL('../worker/atlasWorker.ts', import.meta.url), {
    type: 'module',
  }) as AtlasWorkerLike;
}
