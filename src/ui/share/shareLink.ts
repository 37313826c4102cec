// The link and embed snippet that share the current view: the page address with the encoded state.
import { encodeState } from '../../state/url/encodeState';
import type { ShareableState } from '../../state/url/shareableState';

/** The page URL (without its hash) with the state's hash. */
export function shareLink(pageUrl: string, state: ShareableState): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${encodeState(state)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An iframe snippet that embeds the same view. */
export function embedSnippet(link: string, title: string): string {
  return `<iframe src="${escapeAttribute(link)}" title="${escapeAttribute(title)}" width="800" height="600" style="border:0" loading="lazy"></iframe>`;
}
