// The Web Worker entry: one compute engine per worker; every message gets exactly one response.
// Create it with `new Worker(new URL('./computeWorker.ts', import.meta.url), { type: 'module' })`.
import { createComputeEngine } from './computeEngine';
import type { WorkerResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = createComputeEngine();

scope.onmessage = (event) => scope.postMessage(engine.handle(event.data));
