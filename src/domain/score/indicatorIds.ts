// The ids of the default indicators, read from the registry's rows: an id exists exactly when its
// row does.
import { INDICATOR_ROWS } from './indicatorRegistry';

export type IndicatorId = (typeof INDICATOR_ROWS)[number]['id'];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_ROWS.map((row) => row.id);

export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && (INDICATOR_IDS as readonly string[]).includes(value);
}
