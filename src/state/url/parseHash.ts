// Splits a URL hash into its key=value pairs without ever throwing: the length is capped first,
// values stay percent-encoded (fields decode them), the first of repeated keys wins and a key without `=` is ignored.

/** Far above a real link (well under 2,000 characters), far below what could slow the page. */
export const MAX_HASH_CHARS = 8_000;

export interface ParsedHash {
  readonly params: ReadonlyMap<string, string>;
  /** True when the hash was longer than MAX_HASH_CHARS and only its beginning was read. */
  readonly truncated: boolean;
}

export function parseHash(hash: string): ParsedHash {
  const truncated = hash.length > MAX_HASH_CHARS;
  const text = (truncated ? hash.slice(0, MAX_HASH_CHARS) : hash).replace(/^#/, '');
  const params = new Map<string, string>();
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    const key = pair.slice(0, equals);
    if (equals > 0 && !params.has(key)) params.set(key, pair.slice(equals + 1));
  }
  return { params, truncated };
}
