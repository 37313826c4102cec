// The attribute rows of one feature for the detail panel: every field the record has, labelled,
// with its unit; region statistics labelled from the dataset manifest with their vintage.
import type { AtlasRecord } from '../../domain/atlas';
import type { Bilingual, Lang } from '../../domain/lang';
import { FIELD_LABELS, HIDDEN_FIELDS } from './fieldLabels';
import { formatValue } from './formatValue';

export interface AttributeRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly unit?: string;
}

export interface StatDescription {
  readonly label: Bilingual;
  readonly unit?: string;
  readonly vintage?: string;
}

export type DescribeStat = (key: string) => StatDescription;

function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
}

export function recordRows(
  record: AtlasRecord,
  lang: Lang,
  describeStat: DescribeStat,
): AttributeRow[] {
  const rows: AttributeRow[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN_FIELDS.has(key) || value === undefined) continue;
    const field = FIELD_LABELS[key];
    rows.push({
      key,
      label: field ? field.label[lang] : humanise(key),
      value: formatValue(value, lang),
      unit: field?.unit,
    });
  }
  if ('stats' in record) {
    for (const [key, value] of Object.entries(record.stats)) {
      const stat = describeStat(key);
      const vintage = stat.vintage ? ` (${stat.vintage})` : '';
      rows.push({
        key,
        label: `${stat.label[lang]}${vintage}`,
        value: formatValue(value, lang),
        unit: stat.unit,
      });
    }
  }
  return rows;
}
