// Fetches and parses one layer file listed by the manifest. Never throws (except on abort): a file
// that is missing, not JSON or not a FeatureCollection gives a failed status naming the file.
import type { AtlasRecord } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import { errorIssue, warningIssue, type DataIssue } from './dataIssue';
import { fetchText, parseJsonText, type FetchFn } from './fetchText';
import type { ManifestLayer } from './manifestSchema';
import { parseLayer } from './parseLayer';
import { readFeatureCollection } from './readFeatureCollection';
import { resolveLayerUrl } from './resolveLayerUrl';

export const LAYER_STATES = ['loaded', 'failed', 'missing'] as const;
/** loaded: the file was read (some features may have been dropped); failed: the file could not
 * be used; missing: the manifest does not list the layer. */
export type LayerState = (typeof LAYER_STATES)[number];

export interface LayerStatus {
  readonly layerId: LayerId;
  readonly state: LayerState;
  /** Records kept after parsing (0 unless loaded). */
  readonly featureCount: number;
  readonly issues: readonly DataIssue[];
  /** Bytes received for the file (0 when nothing was received). */
  readonly bytes: number;
  /** The file as the manifest names it; absent when missing. */
  readonly file?: string;
}

export interface LoadedLayer {
  readonly status: LayerStatus;
  /** Records of the layer `status.layerId`. */
  readonly records: readonly AtlasRecord[];
}

export async function loadLayer(
  fetchFn: FetchFn,
  manifestUrl: string,
  entry: ManifestLayer,
  signal?: AbortSignal,
): Promise<LoadedLayer> {
  const { id: layerId, file } = entry;
  const where = `Layer ${layerId} (${file})`;
  const failed = (reason: string, bytes = 0): LoadedLayer => ({
    status: { layerId, file, state: 'failed', featureCount: 0, bytes, issues: [errorIssue(`${where} ${reason}`)] },
    records: [],
  });
  const fetched = await fetchText(fetchFn, resolveLayerUrl(manifestUrl, file), signal);
  if (!fetched.ok) return failed(fetched.reason);
  const parsed = parseJsonText(fetched.text);
  if (!parsed.ok) return failed(parsed.reason, fetched.bytes);
  const collection = readFeatureCollection(parsed.json);
  if (!collection.ok) return failed(collection.reason, fetched.bytes);
  const { records, issues } = parseLayer(layerId, parsed.json);
  const listed = entry.featureCount;
  const extra: DataIssue[] = [];
  if (listed !== undefined && listed !== collection.features.length) {
    extra.push(
      warningIssue(
        `${where}: the manifest lists ${listed} features, the file has ${collection.features.length}`,
      ),
    );
  }
  return {
    status: {
      layerId,
      file,
      state: 'loaded',
      featureCount: records.length,
      bytes: fetched.bytes,
      issues: [...extra, ...issues],
    },
    records,
  };
}
