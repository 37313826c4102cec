// Records wrapped with their index in the array the layer was given, so a layer may reorder its
// data (largest first) and picking still answers with the original record and index.
export interface Indexed<R> {
  readonly record: R;
  readonly index: number;
}

const sizeCache = new WeakMap<object, WeakMap<object, unknown>>();

/**
 * The records as {record, index}, sorted by `size` descending so smaller symbols draw on top.
 * Memoised per (records, size function) so deck.gl keeps the same data object between renders.
 */
export function largestFirst<R>(records: readonly R[], size: (record: R) => number): Indexed<R>[] {
  const bySize = sizeCache.get(records) ?? new WeakMap<object, unknown>();
  sizeCache.set(records, bySize);
  const cached = bySize.get(size) as Indexed<R>[] | undefined;
  if (cached) return cached;
  const sorted = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => size(b.record) - size(a.record));
  bySize.set(size, sorted);
  return sorted;
}

/** The record and index behind a picked object, whether wrapped or a bare record. */
export function unwrapPicked(object: unknown, index: number): { record: unknown; index: number } {
  if (typeof object === 'object' && object !== null && 'record' in object && 'index' in object) {
    const wrapped = object as Indexed<unknown>;
    return { record: wrapped.record, index: wrapped.index };
  }
  return { record: object, index };
}
