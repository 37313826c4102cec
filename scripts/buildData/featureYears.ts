// The start year, retire year and year precision every dated feature carries (`start_year`,
// `retire_year`, `year_precision`), read from the source's own date or year cells. A feature
// whose source gives no year gets none: it falls in the app's "year unknown" bucket, never 0.
import type { YearPrecision } from '../../src/domain/vintage/yearPrecision';
import { compact, type Properties } from './compact';
import { optionalText, optionalYear } from './cells';

export interface StartYear {
  readonly year: number;
  readonly precision: YearPrecision;
}

/** A start year from an ISO date cell (YYYY-MM or YYYY-MM-DD: month; YYYY: year). */
export function startFromDate(cell: string | undefined): StartYear | undefined {
  const text = optionalText(cell);
  if (text === undefined) return undefined;
  const year = optionalYear(text.slice(0, 4));
  if (year === undefined) return undefined;
  return { year, precision: text.length >= 7 ? 'month' : 'year' };
}

/** A start year from a plain year cell. */
export function startFromYear(
  cell: string | undefined,
  precision: YearPrecision = 'year',
): StartYear | undefined {
  const year = optionalYear(cell);
  return year === undefined ? undefined : { year, precision };
}

/** `start_year`, `retire_year` and `year_precision`, absent ones left out. */
export function featureYears(start: StartYear | undefined, retireYear?: number): Properties {
  return compact({
    start_year: start?.year,
    retire_year: retireYear,
    year_precision: start?.precision,
  });
}
