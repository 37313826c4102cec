// The as-of view as `yr=2018` (the end of a year), `yr=p` (the pipeline) or `yr=a` (today), with
// `;k` when the year-unknown bucket is left out. Today with the bucket included, the default, is
// left out of links. Years are clamped to 1900–2100 with a notice; the dataset's own span is the
// UI's business (the worker answers any year).
import type { VintageSettings } from '../../../domain/vintage/asOf';
import type { FieldCodec, FieldIssue } from '../fieldCodec';
import { fitToBounds, type Bounds } from './bounded';

export const YEAR_BOUNDS: Bounds = { min: 1900, max: 2100, decimals: 0 };
const KNOWN_ONLY = 'k';

function parseView(text: string): VintageSettings['asOf'] | undefined {
  if (text === 'a') return { kind: 'all' };
  if (text === 'p') return { kind: 'pipeline' };
  return /^\d{1,4}$/.test(text) ? { kind: 'year', year: Number(text) } : undefined;
}

export const vintageField: FieldCodec<'vintage'> = {
  field: 'vintage',
  key: 'yr',
  label: { en: 'as-of year', zh: '截至年份' },
  parse: (text) => {
    const [view = '', flag, ...rest] = text.split(';');
    const asOf = parseView(view);
    if (!asOf || rest.length > 0 || (flag !== undefined && flag !== KNOWN_ONLY)) return undefined;
    return { value: { asOf, includeUnknownYear: flag === undefined }, issues: [] };
  },
  normalise: (settings) => {
    if (settings.asOf.kind !== 'year') return { value: settings, issues: [] };
    const year = fitToBounds(settings.asOf.year, YEAR_BOUNDS);
    const issues: FieldIssue[] = year.clamped ? ['clamped'] : [];
    return { value: { ...settings, asOf: { kind: 'year', year: year.value } }, issues };
  },
  format: ({ asOf, includeUnknownYear }) => {
    const view = asOf.kind === 'year' ? String(asOf.year) : asOf.kind === 'all' ? 'a' : 'p';
    if (view === 'a' && includeUnknownYear) return undefined;
    return includeUnknownYear ? view : `${view};${KNOWN_ONLY}`;
  },
};
