// Records wrapped with their index in the array the layer was given (parts of multi-geometries),
// so picking answers with the original record and index.
export interface Indexed<R> {
  readonly record: R;
  readonly index: number;
}

/** The record and index behind a picked object, whether wrapped or a bare record. */
export function unwrapPicked(object: unknown, index: number): { record: unknown; index: number } {
  if (typeof object === 'object' && object !== null && 'record' in object && 'index' in object) {
    const wrapped = object as Indexed<unknown>;
    return { record: wrapped.record, index: wrapped.index };
  }
  return { record: object, index };
}
