// Records read back from a RecordTable: one small object per row whose present fields are own,
// enumerable, read-only accessors decoding the value from the columns when read. The accessors are
// the same functions on every row, so V8 keeps them in the rows' shared hidden classes and a row
// costs about as much as its index. Rows copy like the plain records they stand for: spread,
// Object.entries, `in`, structuredClone, postMessage and JSON see exactly the present fields.
import type { Column, RecordTable } from './recordTable';

const decoder = new TextDecoder();

function reader(column: Column): (index: number) => unknown {
  switch (column.kind) {
    case 'number':
      return (i) => column.values[i];
    case 'boolean':
      return (i) => column.values[i] === 1;
    case 'lonLat':
      return (i) => [column.values[i * 2], column.values[i * 2 + 1]];
    case 'category':
      return (i) => column.dictionary[column.codes[i]! - 1];
    case 'text':
    case 'json': {
      const { bytes, offsets, kind } = column;
      return (i) => {
        const text = decoder.decode(bytes.subarray(offsets[i], offsets[i + 1]));
        return kind === 'text' ? text : JSON.parse(text);
      };
    }
  }
}

function presence(column: Column): (index: number) => boolean {
  if (column.kind === 'category') return (i) => column.codes[i] !== 0;
  return (i) => column.present[i] === 1;
}

/**
 * A function making the row of record `index` (0 ≤ index < table.length), typed as the records
 * the table holds; rows of one table share their accessors. Making 100k rows of ~15 fields takes
 * a few hundred ms, so a caller on the main thread makes them in slices (see tableRows).
 */
export function tableRowMaker<R extends object>(table: RecordTable): (index: number) => R {
  class Row {
    readonly #index: number;
    constructor(index: number) {
      this.#index = index;
    }
    static indexOf(row: Row): number {
      return row.#index;
    }
  }
  const fields = table.keys.map((key) => {
    const column = table.columns[key]!;
    const read = reader(column);
    const descriptor: PropertyDescriptor = {
      enumerable: true,
      get(this: Row) {
        return read(Row.indexOf(this));
      },
    };
    return { key, present: presence(column), descriptor };
  });
  return (index) => {
    const row = new Row(index);
    for (const { key, present, descriptor } of fields) {
      if (present(index)) Object.defineProperty(row, key, descriptor);
    }
    return row as unknown as R;
  };
}

/** Every row of the table, in record order (all at once: for tests, tools and workers). */
export function tableRows<R extends object>(table: RecordTable): R[] {
  const make = tableRowMaker<R>(table);
  return Array.from({ length: table.length }, (_, index) => make(index));
}
