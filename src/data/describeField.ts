// Display metadata of a feature property (unit, English and Chinese label, vintage, source), from
// the manifest's `fields` when described there, else derived from the key's unit suffix and words.
import type { LayerId } from '../domain/layerFamilies';
import type { Bilingual } from '../domain/lang';
import type { ManifestFields } from './manifestSchema';

export interface FieldDisplay {
  /** The property key as in the file (snake_case). */
  readonly key: string;
  readonly unit?: string;
  readonly label: Bilingual;
  readonly vintage?: string;
  readonly source?: string;
}

/** Unit suffixes of the schema's property keys, longest first. */
const UNIT_SUFFIXES: readonly (readonly [suffix: string, unit: string])[] = [
  ['_100m_cny', '100 million CNY'],
  ['_cny_kwh', 'CNY/kWh'],
  ['_10k', '10k persons'],
  ['_tbps', 'Tbps'],
  ['_twh', 'TWh'],
  ['_pct', '%'],
  ['_gw', 'GW'],
  ['_mw', 'MW'],
  ['_kv', 'kV'],
  ['_km', 'km'],
  ['_ms', 'ms'],
];

/** `capacityMw` → `capacity_mw`; snake_case keys are returned as they are. */
export function toSnakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function humanise(key: string, suffix: string | undefined): string {
  const words = (suffix ? key.slice(0, -suffix.length) : key).replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * How to show property `key` (snake_case as in the file, or the record's camelCase name) of a
 * feature of `layerId`. The Chinese label falls back to the English one.
 */
export function describeField(
  fields: ManifestFields | undefined,
  layerId: LayerId,
  key: string,
): FieldDisplay {
  const snake = toSnakeCase(key);
  const described = fields?.[layerId]?.find((field) => field.key === snake);
  const [suffix, suffixUnit] = UNIT_SUFFIXES.find(([s]) => snake.endsWith(s)) ?? [];
  const en = described?.label || humanise(snake, suffix);
  const unit = described?.unit || suffixUnit;
  return {
    key: snake,
    label: { en, zh: described?.labelZh || en },
    ...(unit ? { unit } : {}),
    ...(described?.vintage ? { vintage: described.vintage } : {}),
    ...(described?.source ? { source: described.source } : {}),
  };
}
