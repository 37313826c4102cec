// What the year control shows and does, without React: the view it stands for (today, a year,
// the pipeline), the year under the slider, the next year while playing (stops at the latest),
// and where a policy event sits along the slider (0–1).
import type { AsOf, YearSpan } from '../../domain/vintage/asOf';
import { eventYearFraction } from '../../domain/vintage/policyEvent';

export const YEAR_VIEWS = ['all', 'year', 'pipeline'] as const;
export type YearView = (typeof YEAR_VIEWS)[number];

/** The view of a choice; the year view takes `year`. */
export function asOfOf(view: YearView, year: number): AsOf {
  return view === 'year' ? { kind: 'year', year } : { kind: view };
}

/** The year the slider shows: the view's year, else the latest (where "today" is). */
export function sliderYear(asOf: AsOf, span: YearSpan): number {
  if (asOf.kind !== 'year') return span.latest;
  return Math.min(span.latest, Math.max(span.first, asOf.year));
}

/** The year after `year` while playing; undefined once the latest is shown (playback stops). */
export function nextPlayYear(year: number, span: YearSpan): number | undefined {
  return year >= span.latest ? undefined : Math.max(span.first, year + 1);
}

/** Where a play starts: from the first year when the slider is at the end, else where it is. */
export function playStartYear(year: number, span: YearSpan): number {
  return year >= span.latest ? span.first : year;
}

/** An event's place along the slider, 0 (first year) to 1 (latest); undefined outside the span. */
export function eventPosition(date: string, span: YearSpan): number | undefined {
  const at = eventYearFraction(date);
  const width = span.latest - span.first;
  if (!Number.isFinite(at) || width <= 0 || at < span.first || at > span.latest + 1)
    return undefined;
  return Math.min(1, (at - span.first) / width);
}
