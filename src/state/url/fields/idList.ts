// Lists of ids inside a value: comma-separated, each id percent-encoded so that it may hold any
// separator. Shared by the fields that carry region, hub or indicator ids.
import { decodeToken, encodeToken, isWellFormedId } from '../fieldCodec';

/** The well-formed ids of a comma list that `keep` accepts, and whether any were left out. */
export function parseIdList(
  text: string,
  keep: (id: string) => boolean = () => true,
): { ids: string[]; dropped: boolean } {
  const tokens = text === '' ? [] : text.split(',');
  const ids: string[] = [];
  for (const token of tokens) {
    const id = decodeToken(token);
    if (id !== undefined && isWellFormedId(id) && keep(id)) ids.push(id);
  }
  return { ids, dropped: ids.length < tokens.length };
}

export function formatIdList(ids: readonly string[]): string {
  return ids.map(encodeToken).join(',');
}

/** Unique well-formed ids in first-seen order, at most `max`; duplicates go silently. */
export function normaliseIdList(
  ids: readonly string[],
  max: number,
): { ids: string[]; dropped: boolean; clamped: boolean } {
  const unique = [...new Set(ids)];
  const wellFormed = unique.filter(isWellFormedId);
  return {
    ids: wellFormed.slice(0, max),
    dropped: wellFormed.length < unique.length,
    clamped: wellFormed.length > max,
  };
}
