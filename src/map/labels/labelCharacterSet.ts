// The characters a label layer's font atlas must hold: printable ASCII plus every character of
// the labels themselves (both languages), so Chinese names render without fetching any glyphs.
// All label layers share one set per atlas: deck.gl caches font atlases by font and settings, and
// layers with the same font but different sets were seen to lose glyphs (blank characters).
const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/** ASCII 32–126 plus every code point in `labels` (deduplicated, order of first use). */
export function labelCharacterSet(labels: Iterable<string>): Set<string> {
  const characters = new Set<string>(ASCII_PRINTABLE);
  for (const label of labels) for (const character of label) characters.add(character);
  return characters;
}

const cache = new WeakMap<object, Set<string>>();

/** {@link labelCharacterSet} of every name and Chinese name of the records, memoised per array. */
export function namesCharacterSet(
  records: readonly { name: string; nameZh?: string }[],
): Set<string> {
  const cached = cache.get(records);
  if (cached) return cached;
  const set = labelCharacterSet(records.flatMap((r) => (r.nameZh ? [r.name, r.nameZh] : [r.name])));
  cache.set(records, set);
  return set;
}
