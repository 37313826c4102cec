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

/** The narrowest kind that holds every present value of a key. */
function kindOf(values: readonly unknown[]): ColumnKind {
  const present = values.filter((value) => value !== undefined);
  if (present.every((value) => typeof value === 'number')) return 'number';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every(isLonLat)) return 'lonLat';
  if (!present.every((value) => typeof value === 'string')) return 'json';
  const distinct = new Set(present).size;
  return distinct <= MAX_CATEGORIES && distinct * 4 <= values.length ? 'category' : 'text';
}

function textColumn(values: readonly unknown[], kind: 'text' | 'json'): Column {
  const encoder = new TextEncoder();
  const parts = values.map((value) =>
    value === undefined
      ? new Uint8Array(0)
      : encoder.encode(kind === 'text' ? (value as string) : JSON.stringify(value)),
  );
  const offsets = new Uint32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i]! + parts[i]!.length;
  const bytes = new Uint8Array(offsets[values.length]!);
  parts.forEach((part, i) => bytes.set(part, offsets[i]));
  return { kind, bytes, offsets, present: presence(values) };
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
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
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
