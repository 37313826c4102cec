// The year the as-of view is compared with, as `yc=2016` (rank-change table, ΔD); absent when
// none. Clamped to 1900–2100 with a notice.
import type { FieldCodec, FieldIssue } from '../fieldCodec';
import { parseBounded } from './bounded';
import { fitToBounds } from './bounded';
import { YEAR_BOUNDS } from './vintageField';

export const compareYearField: FieldCodec<'compareYear'> = {
  field: 'compareYear',
  key: 'yc',
  label: { en: 'compared year', zh: '对比年份' },
  parse: (text) => {
    const year = parseBounded(text);
    return year === undefined ? undefined : { value: year, issues: [] };
  },
  normalise: (year) => {
    if (year === undefined) return { value: undefined, issues: [] };
    const fitted = fitToBounds(year, YEAR_BOUNDS);
    const issues: FieldIssue[] = fitted.clamped ? ['clamped'] : [];
    return { value: fitted.value, issues };
  },
  format: (year) => (year === undefined ? undefined : String(year)),
};
