// Splits a source citation into text and http(s) links, so that only plain web addresses ever
// become links (never `javascript:` or any other scheme from data).
export type SourceSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string };

const URL_PATTERN = /https?:\/\/[^\s;,()）（]+/g;

export function sourceSegments(source: string): SourceSegment[] {
  const segments: SourceSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: source.slice(last, start) });
    const href = match[0].replace(/[.:]+$/, '');
    segments.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}
