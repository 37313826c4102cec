// A stand-in for the atlas worker in unit tests: the real answerLoad and compute engine behind the
// page's worker interface, answers delivered as structured clones either at once on `flush()`
// (queued) or each in its own task (async), as a browser would.
import type { FetchFn } from '../../data';
import type { Atlas } from '../../domain/atlas';
import { answerLoad } from '../../worker/answerLoad';
import { createComputeEngine } from '../../worker/computeEngine';
import type { LoadRequest } from '../../worker/loadProtocol';
import type { WorkerRequest } from '../../worker/protocol';
import type { AtlasWorkerLike, AtlasWorkerMessage } from '../atlasWorker';

type Listener = (event: MessageEvent<AtlasWorkerMessage>) => void;

export interface FakeAtlasWorker extends AtlasWorkerLike {
  readonly sent: (LoadRequest | WorkerRequest)[];
  readonly transfers: (Transferable[] | undefined)[];
  /** Answers every queued request (queued mode). */
  flush(): void;
  /** Delivers a message as if the worker had posted it. */
  emit(message: AtlasWorkerMessage): void;
}

export interface FakeAtlasWorkerOptions {
  /** The dataset the worker holds as if it had loaded it. */
  readonly base?: Atlas;
  readonly fetchFn?: FetchFn;
  readonly delivery?: 'queued' | 'async';
}

export function fakeAtlasWorker(options: FakeAtlasWorkerOptions = {}): FakeAtlasWorker {
  const engine = createComputeEngine();
  if (options.base) engine.setBase(options.base);
  const listeners = new Set<Listener>();
  const queue: WorkerRequest[] = [];
  const emitNow = (message: AtlasWorkerMessage) => {
    const event = { data: structuredClone(message) } as MessageEvent<AtlasWorkerMessage>;
    for (const listener of [...listeners]) listener(event);
  };
  const emit = (message: AtlasWorkerMessage) => {
    if (options.delivery === 'async') setTimeout(() => emitNow(message));
    else emitNow(message);
  };
  const worker: FakeAtlasWorker = {
    sent: [],
    transfers: [],
    postMessage(message, transfer) {
      this.sent.push(message);
      this.transfers.push(transfer);
      if (message.type === 'load') {
        void answerLoad(message, emit, {
          fetchFn: options.fetchFn,
          keep: (atlas) => engine.setBase(atlas),
        });
      } else if (options.delivery === 'async') {
        emit(engine.handle(message));
      } else {
        queue.push(message);
      }
    },
    flush() {
      while (queue.length) emitNow(engine.handle(queue.shift()));
    },
    emit,
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.add(listener as Listener);
    },
    removeEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.delete(listener as Listener);
    },
    terminate() {
      listeners.clear();
    },
  };
  return worker;
}
