// Parses one layer's GeoJSON into typed records, keeping every valid feature: a bad feature is
// dropped with an error, a bad optional value with a warning, and a repeated id keeps the first.
import type { LayerRecords } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import { errorIssue, type DataIssue } from './dataIssue';
import { FEATURE_PARSERS } from './featureParsers';
import { readFeatureCollection } from './readFeatureCollection';

export interface LayerParseResult<L extends LayerId> {
  readonly records: LayerRecords[L][];
  readonly issues: DataIssue[];
}

/**
 * Parses a layer file's JSON (a FeatureCollection) with the layer's parser. Never throws; a
 * value that is not a FeatureCollection gives no records and one error.
 */
export function parseLayer<L extends LayerId>(layerId: L, json: unknown): LayerParseResult<L> {
  const collection = readFeatureCollection(json);
  if (!collection.ok) {
    return { records: [], issues: [errorIssue(`${layerId} layer ${collection.reason}`)] };
  }
  const parse = FEATURE_PARSERS[layerId];
  const records: LayerRecords[L][] = [];
  const issues: DataIssue[] = [];
  const firstIndexById = new Map<string, number>();
  collection.features.forEach((feature, index) => {
    const result = parse(feature, index);
    issues.push(...result.issues);
    const record = result.record;
    if (record === undefined) return;
    const first = firstIndexById.get(record.id);
    if (first !== undefined) {
      issues.push(
        errorIssue(
          `${layerId} feature #${index} (id ${record.id}): duplicate id, already used by feature #${first}; feature dropped`,
        ),
      );
      return;
    }
    firstIndexById.set(record.id, index);
    records.push(record);
  });
  return { records, issues };
}
