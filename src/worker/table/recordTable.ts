// Records as columns of typed arrays: numbers, booleans and lon/lat pairs in Float64Array or
// Uint8Array, repeated strings as codes into a small dictionary, other strings and any other value
// as UTF-8 bytes with offsets. Built in the load worker and transferred without a copy, a table
// costs the main thread's JS heap almost nothing; `tableRows` reads it back record by record.

/** A column's values for rows 0…length-1; `present[i]` is 0 where the record lacks the key. */
export type Column =
  | { readonly kind: 'number'; readonly values: Float64Array; readonly present: Uint8Array }
  | { readonly kind: 'boolean'; readonly values: Uint8Array; readonly present: Uint8Array }
  | { readonly kind: 'lonLat'; readonly values: Float64Array; readonly present: Uint8Array }
  | {
      readonly kind: 'category';
      /** 0 = absent; n = dictionary[n - 1]. */
      readonly codes: Uint16Array;
      readonly dictionary: readonly string[];
    }
  | {
      readonly kind: 'text' | 'json';
      readonly bytes: Uint8Array;
      /** Row i's bytes are bytes[offsets[i]…offsets[i + 1]]. */
      readonly offsets: Uint32Array;
      readonly present: Uint8Array;
    };

export type ColumnKind = Column['kind'];

export interface RecordTable {
  readonly length: number;
  /** Every key any record has, in first-seen order. */
  readonly keys: readonly string[];
  readonly columns: Readonly<Record<string, Column>>;
}

/** At most this many distinct strings make a dictionary column (codes are 16-bit). */
export const MAX_CATEGORIES = 4096;

const isLonLat = (value: unknown): value is readonly [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number';

/** The narrowest kind that holds every present value of a key (one pass; strings counted). */
function kindOf(values: readonly unknown[]): ColumnKind {
  let numbers = true;
  let booleans = true;
  let lonLats = true;
  let strings = true;
  for (const value of values) {
    if (value === undefined) continue;
    const type = typeof value;
    numbers &&= type === 'number';
    booleans &&= type === 'boolean';
    strings &&= type === 'string';
    lonLats &&= isLonLat(value);
  }
  if (numbers) return 'number';
  if (booleans) return 'boolean';
  if (lonLats) return 'lonLat';
  if (!strings) return 'json';
  const distinct = new Set<unknown>();
  for (const value of values) {
    if (value !== undefined) distinct.add(value);
    if (distinct.size > MAX_CATEGORIES || distinct.size * 4 > values.length) return 'text';
  }
  return 'category';
}

/** Every present value as UTF-8 into one buffer (encodeInto: no array per string). */
function textColumn(values: readonly unknown[], kind: 'text' | 'json'): Column {
  const encoder = new TextEncoder();
  const texts = values.map((value) =>
    value === undefined ? '' : kind === 'text' ? (value as string) : JSON.stringify(value),
  );
  // A UTF-16 code unit takes at most 3 bytes in UTF-8.
  const room = new Uint8Array(texts.reduce((sum, text) => sum + text.length * 3, 0));
  const offsets = new Uint32Array(values.length + 1);
  let at = 0;
  texts.forEach((text, i) => {
    at += encoder.encodeInto(text, room.subarray(at)).written;
    offsets[i + 1] = at;
  });
  return { kind, bytes: room.slice(0, at), offsets, present: presence(values) };
}

function presence(values: readonly unknown[]): Uint8Array {
  return Uint8Array.from(values, (value) => (value === undefined ? 0 : 1));
}

function column(values: readonly unknown[]): Column {
  const kind = kindOf(values);
  switch (kind) {
    case 'number':
      return {
        kind,
        values: Float64Array.from(values, (v) => (v as number) ?? 0),
        present: presence(values),
      };
    case 'boolean':
      return {
        kind,
        values: Uint8Array.from(values, (v) => (v ? 1 : 0)),
        present: presence(values),
      };
    case 'lonLat': {
      const flat = new Float64Array(values.length * 2);
      values.forEach((value, i) => {
        if (isLonLat(value)) flat.set(value, i * 2);
      });
      return { kind, values: flat, present: presence(values) };
    }
    case 'category': {
      const dictionary = [...new Set(values.filter((v): v is string => v !== undefined))];
      const codeOf = new Map(dictionary.map((value, i) => [value, i + 1]));
      const codes = Uint16Array.from(values, (v) =>
        v === undefined ? 0 : codeOf.get(v as string)!,
      );
      return { kind, codes, dictionary };
    }
    case 'text':
    case 'json':
      return textColumn(values, kind);
  }
}

/** The records as a table; `tableRows(encodeRecordTable(r))` reads back records equal to `r`. */
export function encodeRecordTable(records: readonly object[]): RecordTable {
  const keySet = new Set<string>();
  for (const record of records) for (const key in record) keySet.add(key);
  const keys = [...keySet];
  const columns = Object.fromEntries(
    keys.map((key) => [
      key,
      column(records.map((record) => (record as Record<string, unknown>)[key])),
    ]),
  );
  return { length: records.length, keys, columns };
}

/** The table's buffers, to transfer rather than copy it to another thread. */
export function tableBuffers(table: RecordTable): ArrayBuffer[] {
  return Object.values(table.columns).flatMap((column) => {
    switch (column.kind) {
      case 'category':
        return [column.codes.buffer as ArrayBuffer];
      case 'text':
      case 'json':
        return [column.bytes, column.offsets, column.present].map((a) => a.buffer as ArrayBuffer);
      default:
        return [column.values.buffer as ArrayBuffer, column.present.buffer as ArrayBuffer];
    }
  });
}
