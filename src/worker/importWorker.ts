// The import Web Worker entry: parsing and checking dropped files never blocks the page. One engine
// per worker; every message gets exactly one answer. Cancelling an import terminates the worker.
import { createImportEngine } from './importEngine';
import type { ImportResponse } from './importProtocol';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = createImportEngine();

scope.onmessage = (event) => scope.postMessage(engine.handle(event.data));
