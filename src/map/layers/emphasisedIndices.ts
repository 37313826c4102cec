// Which records a layer draws emphasised (hovered, selected), by index. A record's id may be
// costly to read (table rows decode it), so each id found is remembered per records array and a
// render that changes neither id scans nothing.
import type { LayerOptions } from './layerOptions';

const MAX_REMEMBERED = 16;
const foundIndex = new WeakMap<object, Map<string, number>>();

function indexOfId(records: readonly { readonly id: string }[], id: string): number {
  let known = foundIndex.get(records);
  if (!known) foundIndex.set(records, (known = new Map()));
  const hit = known.get(id);
  if (hit !== undefined) return hit;
  const index = records.findIndex((record) => record.id === id);
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(id, index);
  return index;
}

/** Indices of the hovered and selected records of `records` (each once; none when neither is). */
export function emphasisedIndices(
  records: readonly { readonly id: string }[],
  options: Pick<LayerOptions<unknown>, 'highlightedId' | 'selectedId'>,
): number[] {
  const ids = new Set([options.highlightedId, options.selectedId]);
  ids.delete(undefined);
  const indices = [...ids].map((id) => indexOfId(records, id!));
  return [...new Set(indices)].filter((index) => index >= 0);
}
