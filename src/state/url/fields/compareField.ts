// The compared regions as `cmp=CN-GZ,CN-NM`: unique, at most MAX_COMPARED_REGIONS (extra ones
// are cut with a notice), unknown or ill-formed ids dropped with a notice.
import { decodeToken, encodeToken, isWellFormedId, type FieldCodec } from '../fieldCodec';
import { MAX_COMPARED_REGIONS } from '../shareableState';

export const compareField: FieldCodec<'compareRegionIds'> = {
  field: 'compareRegionIds',
  key: 'cmp',
  decodesTokens: true,
  label: { en: 'compared regions', zh: '对比区域' },
  parse: (text, context) => {
    const tokens = text === '' ? [] : text.split(',');
    const known = context.knownRegionIds;
    const ids = tokens
      .map(decodeToken)
      .filter((id) => id !== undefined && isWellFormedId(id) && (known?.has(id) ?? true));
    return { value: ids as string[], issues: ids.length < tokens.length ? ['dropped'] : [] };
  },
  normalise: (ids) => {
    const unique = [...new Set(ids)].filter(isWellFormedId);
    const kept = unique.slice(0, MAX_COMPARED_REGIONS);
    return {
      value: kept,
      issues: [
        ...(unique.length < ids.length ? (['dropped'] as const) : []),
        ...(kept.length < unique.length ? (['clamped'] as const) : []),
      ],
    };
  },
  format: (ids) => (ids.length === 0 ? undefined : ids.map(encodeToken).join(',')),
};
