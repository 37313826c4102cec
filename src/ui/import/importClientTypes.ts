// What the "Add data" UI needs from the import worker, as an interface: the app provides the real
// client (src/app/importClient.ts), tests a fake. Only one import runs at a time.
import type { FinishRequest, FinishResult, ReadPreview } from '../../worker/importProtocol';

export type ImportOutcome<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string };

/** A preview plus the id to name it by in `finish`. */
export interface ReadAnswer extends ReadPreview {
  readonly readId: number;
}

export type FinishChoice = Omit<FinishRequest, 'type' | 'id'>;

export interface ImportClient {
  /** Parses and checks a file in the worker; a call while another runs cancels the other. */
  read(fileName: string, text: string): Promise<ImportOutcome<ReadAnswer>>;
  /** Maps the read file onto the chosen layer's records. */
  finish(choice: FinishChoice): Promise<ImportOutcome<FinishResult>>;
  /** Stops whatever runs (the worker is ended); its promise resolves as cancelled. */
  cancel(): void;
  dispose(): void;
}
