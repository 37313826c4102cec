// Assembles manifest.json from the built layers: edition, counts, byte sizes, licences, sources,
// fields, dated policy events. Layers in LAYER_IDS order; optional keys only added (schema_version
// stays 1).
import { LAYER_IDS, type LayerId } from '../../src/domain/layerFamilies';
import { LAYER_FIELDS } from './layerFields';
import {
  ATTRIBUTION,
  ATTRIBUTION_ZH,
  EDITION,
  EDITION_DATE,
  LAYER_SOURCES,
  SOURCES_AS_OF,
} from './layerSources';
import { POLICY_EVENTS } from './policyEvents';
import { historyFields, REGION_FIELDS } from './regionFields';

export interface BuiltLayer {
  readonly id: LayerId;
  readonly featureCount: number;
  readonly bytes: number;
  /** Appended to the layer's standing notes (e.g. rows left out). */
  readonly extraNotes?: string;
}

export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** The manifest object, layers in LAYER_IDS order. */
export function buildManifest(
  layers: readonly BuiltLayer[],
  bounds: Bounds,
  historyYears: readonly number[] = [],
): Record<string, unknown> {
  const ordered = LAYER_IDS.map((id) => {
    const layer = layers.find((l) => l.id === id);
    if (!layer) throw new Error(`manifest: layer ${id} was not built`);
    const meta = LAYER_SOURCES[id];
    return {
      id,
      file: meta.file,
      feature_count: layer.featureCount,
      bytes: layer.bytes,
      licence: meta.licence,
      as_of: SOURCES_AS_OF,
      ...(meta.vintage ? { vintage: meta.vintage } : {}),
      sources: meta.sources,
      notes: layer.extraNotes ? `${meta.notes} ${layer.extraNotes}` : meta.notes,
    };
  });
  const regionStatFields = [...REGION_FIELDS, ...historyFields(historyYears)].map((f) => ({
    key: f.key,
    unit: f.unit,
    label: f.label,
    label_zh: f.labelZh,
    vintage: f.vintage,
    source: f.source,
  }));
  const fields = Object.fromEntries(
    LAYER_IDS.map((id) => [
      id,
      id === 'regions'
        ? [...regionStatFields, ...(LAYER_FIELDS[id] ?? [])]
        : (LAYER_FIELDS[id] ?? []),
    ]),
  );
  return {
    schema_version: 1,
    id: 'china',
    name: 'China national compute layout',
    name_zh: '全国算力资源布局',
    edition: EDITION,
    edition_date: EDITION_DATE,
    as_of: SOURCES_AS_OF,
    bounds,
    attribution: ATTRIBUTION,
    attribution_zh: ATTRIBUTION_ZH,
    layers: ordered,
    fields,
    policy_events: POLICY_EVENTS,
  };
}
