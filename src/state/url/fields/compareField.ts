// The compared regions as `cmp=CN-GZ,CN-NM`: unique, at most MAX_COMPARED_REGIONS (extra ones
// are cut with a notice), unknown or ill-formed ids dropped with a notice.
import type { FieldCodec, FieldIssue } from '../fieldCodec';
import { MAX_COMPARED_REGIONS } from '../shareableState';
import { formatIdList, normaliseIdList, parseIdList } from './idList';

export const compareField: FieldCodec<'compareRegionIds'> = {
  field: 'compareRegionIds',
  key: 'cmp',
  decodesTokens: true,
  label: { en: 'compared regions', zh: '对比区域' },
  parse: (text, context) => {
    const known = context.knownRegionIds;
    const { ids, dropped } = parseIdList(text, (id) => known?.has(id) ?? true);
    return { value: ids, issues: dropped ? ['dropped'] : [] };
  },
  normalise: (ids) => {
    const list = normaliseIdList(ids, MAX_COMPARED_REGIONS);
    const issues: FieldIssue[] = [];
    if (list.dropped) issues.push('dropped');
    if (list.clamped) issues.push('clamped');
    return { value: list.ids, issues };
  },
  format: (ids) => (ids.length === 0 ? undefined : formatIdList(ids)),
};
