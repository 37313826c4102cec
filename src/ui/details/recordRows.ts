// The attribute rows of one feature for the detail panel: every field the record has, labelled and
// with its unit as the dataset's manifest describes it, region statistics with their vintage.
import type { AtlasRecord } from '../../domain/atlas';
import type { Lang } from '../../domain/lang';
import type { FieldDisplay } from '../../data';
import { HIDDEN_FIELDS } from './fieldLabels';
import { formatValue, isYearField } from './formatValue';

export interface AttributeRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly unit?: string;
}

/** Display metadata of a record field or statistic key (camelCase or snake_case). */
export type DescribeField = (key: string) => FieldDisplay;

function row(key: string, value: unknown, lang: Lang, describe: DescribeField): AttributeRow {
  const field = describe(key);
  const vintage = field.vintage ? ` (${field.vintage})` : '';
  return {
    key,
    label: `${field.label[lang]}${vintage}`,
    value: formatValue(value, lang, key),
    unit: isYearField(key) ? undefined : field.unit,
  };
}

export function recordRows(
  record: AtlasRecord,
  lang: Lang,
  describe: DescribeField,
): AttributeRow[] {
  const rows = Object.entries(record)
    .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => row(key, value, lang, describe));
  if ('stats' in record) {
    rows.push(
      ...Object.entries(record.stats).map(([key, value]) => row(key, value, lang, describe)),
    );
  }
  return rows;
}
