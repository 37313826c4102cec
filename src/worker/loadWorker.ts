// The load worker entry: fetch, JSON parse and validation of a dataset happen here, off the main
// thread (see answerLoad). Create it with
// `new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' })`.
import { answerLoad } from './answerLoad';
import type { LoadRequest, LoadResponse } from './loadProtocol';

interface WorkerScope {
  onmessage: ((event: { data: LoadRequest }) => void) | null;
  postMessage(message: LoadResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) =>
  void answerLoad(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
