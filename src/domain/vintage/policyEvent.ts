// A dated policy event of a dataset (manifest.policy_events): a mark on the time axis with its
// document and source. The dataset states them; nothing here knows a country.
import type { Verification } from '../atlas';
import type { Bilingual } from '../lang';

export interface PolicyEvent {
  readonly id: string;
  /** `YYYY-MM`, or `YYYY` where the month is not known. */
  readonly date: string;
  readonly title: Bilingual;
  /** The document number, when there is one (e.g. 发改高技〔2022〕211号). */
  readonly document?: string;
  /** Where the date comes from: a citation or URL, shown as text. */
  readonly source: string;
  readonly verified?: Verification;
}

/** The event's position on a year axis: the year plus the elapsed share of it (mid-year when
 * only the year is known), e.g. 2022-02 → 2022.125. */
export function eventYearFraction(date: string): number {
  const [year = NaN, month] = date.split('-').map(Number);
  return month === undefined ? year + 0.5 : year + (month - 1) / 12;
}
