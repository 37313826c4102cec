// Records read back from a RecordTable: one tiny object per row whose fields are getters on a
// prototype shared by the table, each decoding its value from the columns when read, so the main
// thread can hold a country's sites in a few MB. Rows are read-only and have no own fields:
// `Object.entries` and spread see nothing, so code that lists a record's fields calls
// `plainRecord` first (JSON.stringify works through `toJSON`).
import type { Column, RecordTable } from './recordTable';

const ROW_INDEX = Symbol('row index');

interface Row {
  readonly [ROW_INDEX]: number;
}

const decoder = new TextDecoder();

function reader(column: Column): (index: number) => unknown {
  switch (column.kind) {
    case 'number':
      return (i) => (column.present[i] ? column.values[i] : undefined);
    case 'boolean':
      return (i) => (column.present[i] ? column.values[i] === 1 : undefined);
    case 'lonLat':
      return (i) =>
        column.present[i] ? [column.values[i * 2], column.values[i * 2 + 1]] : undefined;
    case 'category':
      return (i) => {
        const code = column.codes[i]!;
        return code === 0 ? undefined : column.dictionary[code - 1];
      };
    case 'text':
    case 'json': {
      const { bytes, offsets, present, kind } = column;
      return (i) => {
        if (!present[i]) return undefined;
        const text = decoder.decode(bytes.subarray(offsets[i], offsets[i + 1]));
        return kind === 'text' ? text : JSON.parse(text);
      };
    }
  }
}

/** True for a record read from a table (see tableRows). */
export function isTableRow(record: object): boolean {
  return ROW_INDEX in record;
}

/** A record as a plain object with its present fields as own properties (rows are copied). */
export function plainRecord<R extends object>(record: R): R {
  if (!isTableRow(record)) return record;
  const plain: Record<string, unknown> = {};
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) plain[key] = value;
  }
  return plain as R;
}

/** One row object per record of the table, in order, typed as the records they stand for. */
export function tableRows<R extends object>(table: RecordTable): R[] {
  // A constructor, so that V8 gives every row one map with a single in-object slot (~32 bytes).
  const Row = function (this: { [ROW_INDEX]: number }, index: number) {
    this[ROW_INDEX] = index;
  } as unknown as new (index: number) => R;
  const prototype = Row.prototype as object;
  for (const key of table.keys) {
    const read = reader(table.columns[key]!);
    Object.defineProperty(prototype, key, {
      enumerable: true,
      get(this: Row) {
        return read(this[ROW_INDEX]);
      },
    });
  }
  Object.defineProperty(prototype, 'toJSON', {
    value(this: R) {
      return plainRecord(this);
    },
  });
  const rows = new Array<R>(table.length);
  for (let index = 0; index < table.length; index++) rows[index] = new Row(index);
  return rows;
}
