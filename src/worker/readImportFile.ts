// Reads one dropped file in the worker: picks a known-format importer, generic GeoJSON or generic
// CSV (detectFormat), runs the checks and guesses the target layer and the column mapping.
import type { FeatureCollection } from 'geojson';
import { detectFormat } from '../data/importers/detectFormat';
import { suggestLayer, suggestMapping } from '../data/importers/suggestMapping';
import { DEFAULT_MAX_BYTES } from '../data/validate/checkSize';
import { KIND_OF_TYPE, type GeometryKind } from '../data/validate/cleanGeometry';
import { parseCoordinateCsv } from '../data/validate/parseCoordinateCsv';
import { validateGeoJson } from '../data/validate/validateGeoJson';
import type { ReadPreview } from './importProtocol';

export interface ReadOutcome {
  readonly preview: ReadPreview;
  readonly featureCollection: FeatureCollection;
}

/** Property names of the first features, in order of appearance (at most 200 features looked at). */
export function propertyNames(collection: FeatureCollection): string[] {
  const names = new Set<string>();
  for (const feature of collection.features.slice(0, 200)) {
    for (const key of Object.keys(feature.properties ?? {})) names.add(key);
  }
  return [...names];
}

function kindOf(collection: FeatureCollection): GeometryKind | undefined {
  const type = collection.features[0]?.geometry?.type;
  return type ? KIND_OF_TYPE[type] : undefined;
}

function generic(
  format: 'geojson' | 'csv',
  result: Pick<ReadOutcome['preview'], 'report'> & { featureCollection: FeatureCollection },
  columns: readonly string[],
): ReadOutcome {
  const mapping = suggestMapping(columns);
  const { featureCollection, report } = result;
  return {
    featureCollection,
    preview: {
      format,
      featureCount: featureCollection.features.length,
      report,
      suggestedLayer: suggestLayer(mapping, kindOf(featureCollection)),
      columns,
      mapping,
      licence: '',
      attribution: '',
    },
  };
}

/** Parses and checks `text` (the file `fileName`); never throws on bad input, it reports. */
export function readImportFile(
  fileName: string,
  text: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): ReadOutcome {
  const guess = detectFormat(fileName, text);
  if (guess.kind === 'importer') {
    const { importer } = guess;
    const result = importer.import(text, { maxBytes });
    return {
      featureCollection: result.featureCollection,
      preview: {
        format: 'importer',
        importerId: importer.id,
        importerLabel: importer.label,
        featureCount: result.featureCollection.features.length,
        report: result.report,
        suggestedLayer: result.layerId,
        columns: [],
        mapping: {},
        licence: result.licence,
        attribution: result.attribution,
      },
    };
  }
  if (guess.kind === 'csv') {
    const result = parseCoordinateCsv(text, { maxBytes });
    const skip = new Set([result.columns?.lat, result.columns?.lon]);
    return generic(
      'csv',
      result,
      result.header.filter((name) => name && !skip.has(name)),
    );
  }
  const result = validateGeoJson(text, { maxBytes });
  return generic('geojson', result, propertyNames(result.featureCollection));
}
