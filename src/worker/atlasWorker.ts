// The one Web Worker of the atlas: it loads a dataset (fetch, parse, validate; answerLoad), sends
// the page what it draws, keeps the parsed atlas and answers every analysis request on it
// (computeEngine). The dataset so never crosses a thread to be scored. Create it with
// `new Worker(new URL('./atlasWorker.ts', import.meta.url), { type: 'module' })`.
import { answerLoad } from './answerLoad';
import { createComputeEngine } from './computeEngine';
import type { LoadRequest, LoadResponse } from './loadProtocol';
import type { WorkerResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: LoadResponse | WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = createComputeEngine();

const isLoadRequest = (data: unknown): data is LoadRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'load';

scope.onmessage = ({ data }) => {
  if (isLoadRequest(data)) {
    const post = (message: LoadResponse, transfer?: Transferable[]) =>
      scope.postMessage(message, transfer ?? []);
    void answerLoad(data, post, { keep: (atlas) => engine.setBase(atlas) });
  } else {
    scope.postMessage(engine.handle(data));
  }
};
