// The dataset folder as `ds=data/other` or `ds=https://host/atlas`: a relative path or an
// http(s) URL, at most 512 characters; any other scheme (javascript:, data:) is refused.
import { decodeToken, type FieldCodec } from '../fieldCodec';

const MAX_URL_CHARS = 512;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export function isAllowedDatasetUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_URL_CHARS || /[\p{Cc}\p{Cs}\s<>"'`\\]/u.test(url)) {
    return false;
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/** Percent-encodes, but leaves `/` and `:` readable. */
function encodeUrl(url: string): string {
  return encodeURIComponent(url).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

export const datasetField: FieldCodec<'datasetUrl'> = {
  field: 'datasetUrl',
  key: 'ds',
  decodesTokens: true,
  label: { en: 'dataset', zh: '数据集' },
  parse: (text) => {
    const url = decodeToken(text);
    if (url === '') return { value: undefined, issues: [] };
    return url !== undefined && isAllowedDatasetUrl(url) ? { value: url, issues: [] } : undefined;
  },
  normalise: (url) =>
    url === undefined || isAllowedDatasetUrl(url)
      ? { value: url, issues: [] }
      : { value: undefined, issues: ['dropped'] },
  format: (url) => (url === undefined ? undefined : encodeUrl(url)),
};
