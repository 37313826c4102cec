// One display description of a feature property (unit and labels in both languages), as written
// to manifest.fields, and the rows several layers share.

export interface FieldRow {
  readonly key: string;
  readonly unit?: string;
  readonly label: string;
  readonly label_zh: string;
}

export const f = (key: string, label: string, labelZh: string, unit?: string): FieldRow =>
  unit === undefined ? { key, label, label_zh: labelZh } : { key, unit, label, label_zh: labelZh };

export const OUTSIDE = f(
  'outside_region_km',
  'Distance outside the simplified outline of its province',
  '距所在省简化边界的距离',
  'km',
);
