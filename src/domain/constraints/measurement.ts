// What measuring a constraint on one subject yields, before comparing with the threshold, and the
// subjects themselves: a feature of a judged family (LAYER_FAMILIES), with its index in its layer.
import type { JudgedLayerId, LayerRecords } from '../layerFamilies';
import type { CheckNote } from './checkNotes';

export type Subject = {
  [L in JudgedLayerId]: {
    readonly layer: L;
    readonly index: number;
    readonly record: LayerRecords[L];
  };
}[JudgedLayerId];

export type Measurement =
  | {
      readonly type: 'value';
      readonly value: number | string | boolean;
      readonly notes: readonly CheckNote[];
    }
  /** No value, and the data cannot say whether the subject passes. */
  | { readonly type: 'unknown'; readonly notes: readonly CheckNote[] }
  /** No value, yet the subject certainly fails (e.g. unreachable, no eligible line at all). */
  | { readonly type: 'failed'; readonly notes: readonly CheckNote[] }
  | { readonly type: 'not_applicable' };

export function value(
  measured: number | string | boolean,
  notes: readonly CheckNote[] = [],
): Measurement {
  return { type: 'value', value: measured, notes };
}

export function unknown(...notes: CheckNote[]): Measurement {
  return { type: 'unknown', notes };
}

export const NOT_APPLICABLE: Measurement = { type: 'not_applicable' };

/** Adds notes to a measurement that has notes. */
export function withNotes(measurement: Measurement, notes: readonly CheckNote[]): Measurement {
  if (measurement.type === 'not_applicable' || notes.length === 0) return measurement;
  return { ...measurement, notes: [...notes, ...measurement.notes] };
}
