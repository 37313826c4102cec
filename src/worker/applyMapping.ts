// Puts a generic file's columns where the schema expects them: each mapped column is copied to its
// schema property (numbers read from text, enum-like values lower-cased with underscores), and a
// feature without a `source` gets the one the user entered. The input is never changed.
import type { Feature, FeatureCollection } from 'geojson';
import {
  MAPPING_ROLES,
  type ColumnMapping,
  type MappingRole,
} from '../data/importers/suggestMapping';

const NUMERIC_ROLES: ReadonlySet<MappingRole> = new Set(['capacity_mw', 'year', 'voltage_kv']);
const ENUM_ROLES: ReadonlySet<MappingRole> = new Set(['status', 'fuel', 'kind']);

function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const number = Number(value.replace(/[,\s]/g, ''));
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

function toEnumWord(value: unknown): unknown {
  return typeof value === 'string'
    ? value
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    : value;
}

function convert(role: MappingRole, value: unknown): unknown {
  if (role === 'id' && typeof value === 'number') return String(value);
  if (NUMERIC_ROLES.has(role)) return toNumber(value);
  if (ENUM_ROLES.has(role)) return toEnumWord(value);
  return value;
}

function mapFeature(feature: Feature, mapping: ColumnMapping, source: string): Feature {
  const original = feature.properties ?? {};
  const properties: Record<string, unknown> = { ...original };
  for (const role of MAPPING_ROLES) {
    const column = mapping[role];
    if (!column || !Object.hasOwn(original, column)) continue;
    properties[role] = convert(role, original[column]);
  }
  const hasSource = typeof properties.source === 'string' && properties.source.trim() !== '';
  if (!hasSource && source.trim() !== '') properties.source = source.trim();
  return { ...feature, properties };
}

/** A copy of `collection` with the mapped columns written to their schema properties. */
export function applyMapping(
  collection: FeatureCollection,
  mapping: ColumnMapping,
  source: string,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => mapFeature(feature, mapping, source)),
  };
}
