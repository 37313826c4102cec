// Which dataset the app opens: the default one, the one a link names on the page's own origin, or
// — for another origin — the one the user agrees to load after being asked.
import { resolveDatasetUrl } from '../ui/import/resolveDatasetUrl';

export type DatasetChoice =
  | { readonly kind: 'default' }
  | { readonly kind: 'load'; readonly url: string }
  | { readonly kind: 'ask'; readonly url: string; readonly origin: string }
  | { readonly kind: 'invalid' };

export function chooseDataset(datasetUrl: string | undefined, pageUrl: string): DatasetChoice {
  if (datasetUrl === undefined) return { kind: 'default' };
  const target = resolveDatasetUrl(datasetUrl, pageUrl);
  switch (target.kind) {
    case 'same-origin':
      return { kind: 'load', url: target.url };
    case 'other-origin':
      return { kind: 'ask', url: target.url, origin: target.origin };
    case 'invalid':
      return { kind: 'invalid' };
  }
}
