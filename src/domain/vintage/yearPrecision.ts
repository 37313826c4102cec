// How precisely a feature's start year is known: the vocabulary shared by the dataset build, the
// parsers and the as-of views. Absent with a start year would be ambiguous, so the build always
// writes one beside `start_year`.

/** month: the source dates it to the month (or day); year: to the year; inferred: the year is
 * derived (a planned date, an approval year, a decade, a year placed from other evidence). */
export const YEAR_PRECISIONS = ['month', 'year', 'inferred'] as const;
export type YearPrecision = (typeof YEAR_PRECISIONS)[number];

export function isYearPrecision(value: unknown): value is YearPrecision {
  return typeof value === 'string' && (YEAR_PRECISIONS as readonly string[]).includes(value);
}
