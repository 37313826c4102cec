// Loads a dataset: the manifest, then every layer file it lists, in parallel. A manifest that
// cannot be read throws a DatasetLoadError; a layer that cannot be read is reported as failed and
// the others still load. No DOM: only fetch and Response, so it also runs in a Web Worker.
import type { Atlas, AtlasRecord } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { DataIssue } from './dataIssue';
import { fetchText, parseJsonText, type FetchFn } from './fetchText';
import type { Manifest } from './manifestSchema';
import { parseManifest } from './parseManifest';
import { loadLayer, type LayerStatus } from './loadLayer';

export interface LoadProgress {
  /** Layer files finished so far, loaded or failed. */
  readonly loadedLayers: number;
  readonly totalLayers: number;
  /** Bytes received so far, manifest included. */
  readonly loadedBytes: number;
  /** The manifest's own size plus its layers' `bytes`, when every layer states it: what
   * `loadedBytes` reaches when everything arrived as announced. */
  readonly totalBytes?: number;
}

export interface LoadDatasetOptions {
  /** Defaults to the global `fetch`. */
  readonly fetchFn?: FetchFn;
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface LoadedDataset {
  readonly manifest: Manifest;
  /** Records of every layer; empty for a failed or missing layer. */
  readonly atlas: Atlas;
  /** One status per layer id, in draw order (LAYER_IDS). */
  readonly layers: readonly LayerStatus[];
  /** Manifest problems that concern no single known layer (e.g. an unknown layer id). */
  readonly manifestIssues: readonly DataIssue[];
}

/** The manifest could not be fetched, parsed or checked; the message names the URL. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
}

async function loadManifest(fetchFn: FetchFn, url: string, signal?: AbortSignal) {
  const fetched = await fetchText(fetchFn, url, signal);
  if (!fetched.ok) throw new DatasetLoadError(`Dataset manifest ${url} ${fetched.reason}`);
  const parsed = parseJsonText(fetched.text);
  if (!parsed.ok) throw new DatasetLoadError(`Dataset manifest ${url} ${parsed.reason}`);
  const checked = parseManifest(parsed.json, url);
  if (!checked.ok) throw new DatasetLoadError(`Dataset manifest is invalid:\n${checked.message}`);
  return { ...checked, bytes: fetched.bytes };
}

function totalBytesOf(manifest: Manifest): number | undefined {
  let total = 0;
  for (const layer of manifest.layers) {
    if (layer.bytes === undefined) return undefined;
    total += layer.bytes;
  }
  return total;
}

/**
 * Loads the dataset whose manifest is at `manifestUrl` (absolute, or relative to the page or
 * worker). Layer files are fetched relative to the manifest. Throws DatasetLoadError only when
 * the manifest itself fails; rejects with the abort reason when `signal` aborts.
 */
export async function loadDataset(
  manifestUrl: string,
  options: LoadDatasetOptions = {},
): Promise<LoadedDataset> {
  const fetchFn: FetchFn = options.fetchFn ?? ((url, init) => fetch(url, init));
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  const { manifest, issues: manifestIssues, rejectedLayers, bytes } = await loadManifest(
    fetchFn,
    manifestUrl,
    signal,
  );
  signal?.throwIfAborted();
  const totalBytes = totalBytesOf(manifest);
  let progress: LoadProgress = {
    loadedLayers: 0,
    totalLayers: manifest.layers.length,
    loadedBytes: bytes,
    ...(totalBytes === undefined ? {} : { totalBytes: bytes + totalBytes }),
  };
  onProgress?.(progress);
  const loaded = await Promise.all(
    manifest.layers.map(async (entry) => {
      const result = await loadLayer(fetchFn, manifestUrl, entry, signal);
      progress = {
        ...progress,
        loadedLayers: progress.loadedLayers + 1,
        loadedBytes: progress.loadedBytes + result.status.bytes,
      };
      onProgress?.(progress);
      return result;
    }),
  );
  const statusById = new Map<LayerId, LayerStatus>();
  for (const { layerId, issues } of rejectedLayers) {
    statusById.set(layerId, { layerId, state: 'failed', featureCount: 0, issues, bytes: 0 });
  }
  const recordsById = new Map<LayerId, readonly AtlasRecord[]>();
  for (const { status, records } of loaded) {
    statusById.set(status.layerId, status);
    recordsById.set(status.layerId, records);
  }
  // Each entry holds the records parseLayer produced for that very layer id.
  const atlas = Object.fromEntries(
    LAYER_IDS.map((layerId) => [layerId, recordsById.get(layerId) ?? []]),
  ) as unknown as Atlas;
  const layers = LAYER_IDS.map(
    (layerId): LayerStatus =>
      statusById.get(layerId) ?? { layerId, state: 'missing', featureCount: 0, issues: [], bytes: 0 },
  );
  return { manifest, atlas, layers, manifestIssues };
}
