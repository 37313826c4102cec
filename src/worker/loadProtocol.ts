// Typed messages of a dataset load between the main thread and the atlas worker. The worker answers
// one `load` request with progress, each bulk layer as one table of transferred typed arrays, the
// other layers' records in small chunks (each one short task to deserialise on the main thread)
// and a closing `loaded` or `failed`; every message repeats the id. The worker keeps the atlas.
import type { AtlasRecord } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import type { RecordTable } from './table/recordTable';
import type { LoadedDataset, LoadProgress } from '../data';

/** Records per `records` message: small enough that the main thread unpacks one in a few ms. */
export const RECORDS_PER_CHUNK = 2_000;

export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  /** Absolute URL: a worker resolves relative URLs against its own script, not the page. */
  readonly manifestUrl: string;
}

export type LoadResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: LoadProgress }
  | {
      readonly type: 'records';
      readonly id: number;
      readonly layerId: LayerId;
      readonly records: readonly AtlasRecord[];
    }
  | {
      readonly type: 'table';
      readonly id: number;
      readonly layerId: LayerId;
      readonly table: RecordTable;
    }
  | {
      readonly type: 'loaded';
      readonly id: number;
      /** Everything but the atlas, which came in `table` and `records` messages. */
      readonly dataset: Omit<LoadedDataset, 'atlas'>;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
