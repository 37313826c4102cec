// Where a dataset named in a link (`ds=`) lives: its manifest URL and whether that is the page's own
// origin (load at once) or another one (ask first). Anything else — other schemes, credentials in
// the URL, unparsable text — is invalid and the default dataset is used.
import { isAllowedDatasetUrl } from '../../state/url/fields/datasetField';

export type DatasetTarget =
  | { readonly kind: 'same-origin'; readonly url: string }
  | { readonly kind: 'other-origin'; readonly url: string; readonly origin: string }
  | { readonly kind: 'invalid' };

const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest URL of `datasetUrl` (a dataset folder, or a `.json` manifest itself), resolved
 * against `pageUrl` (the page's `location.href`; an origin alone resolves paths from its root).
 */
export function resolveDatasetUrl(datasetUrl: string, pageUrl: string): DatasetTarget {
  if (!isAllowedDatasetUrl(datasetUrl)) return { kind: 'invalid' };
  let page: URL;
  let target: URL;
  try {
    page = new URL(pageUrl);
    target = new URL(datasetUrl, page);
  } catch {
    return { kind: 'invalid' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'invalid' };
  if (target.username || target.password) return { kind: 'invalid' };
  target.hash = '';
  if (!/\.json$/i.test(target.pathname)) {
    target.pathname = `${target.pathname.replace(/\/?$/, '/')}${MANIFEST_FILE}`;
  }
  const url = target.href;
  return target.origin === page.origin
    ? { kind: 'same-origin', url }
    : { kind: 'other-origin', url, origin: target.origin };
}
