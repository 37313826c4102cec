// Typed messages between the main thread and the import worker. A `read` request parses and checks
// one file and keeps the checked collection in the worker (only a preview crosses back); a `finish`
// request maps it onto a layer's records.
// Every request gets exactly one answer with its id; failures come back as `error`, never throws.
import type { LayerRecords } from '../domain/atlas';
import type { Bilingual } from '../domain/lang';
import type { LayerId } from '../domain/layerFamilies';
import type { ImporterId } from '../data/importers/importerTypes';
import type { ColumnMapping } from '../data/importers/suggestMapping';
import type { ValidationReport } from '../data/validate/report';

export const IMPORT_FORMATS = ['importer', 'geojson', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ReadRequest {
  readonly type: 'read';
  readonly id: number;
  readonly fileName: string;
  readonly text: string;
  /** Refuse text over this many UTF-8 bytes (default DEFAULT_MAX_BYTES). */
  readonly maxBytes?: number;
}

export interface FinishRequest {
  readonly type: 'finish';
  readonly id: number;
  /** The id of the `read` whose result is mapped. */
  readonly readId: number;
  readonly layerId: LayerId;
  /** Schema property → column (generic files only; importers' output is already in the schema). */
  readonly mapping: ColumnMapping;
  /** Written as `source` where a feature has none. */
  readonly source: string;
}

export type ImportRequest = ReadRequest | FinishRequest;

/** What the worker found in a file, for the confirm dialog. */
export interface ReadPreview {
  readonly format: ImportFormat;
  readonly importerId?: ImporterId;
  /** The importer's name, for the dialog (known formats only). */
  readonly importerLabel?: Bilingual;
  readonly featureCount: number;
  readonly report: ValidationReport;
  readonly suggestedLayer: LayerId;
  /** Property names the features carry, for the mapping selects (generic files). */
  readonly columns: readonly string[];
  readonly mapping: ColumnMapping;
  readonly licence: string;
  readonly attribution: string;
}

export interface FinishResult<L extends LayerId = LayerId> {
  readonly layerId: L;
  readonly records: readonly LayerRecords[L][];
  /** Features the layer's parser refused (wrong geometry, no id…). */
  readonly droppedCount: number;
  /** The first few parser messages, in English. */
  readonly issues: readonly string[];
}

export type ImportResponse =
  | { readonly type: 'read'; readonly id: number; readonly preview: ReadPreview }
  | { readonly type: 'finished'; readonly id: number; readonly result: FinishResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
