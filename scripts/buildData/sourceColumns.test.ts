import { describe, expect, it } from 'vitest';
import { checkSourceColumns, SOURCE_COLUMNS } from './sourceColumns';

const header = (table: keyof typeof SOURCE_COLUMNS) => [
  ...SOURCE_COLUMNS[table].carried,
  ...Object.keys(SOURCE_COLUMNS[table].notCarried ?? {}),
];

describe('checkSourceColumns', () => {
  it('accepts a table with exactly the known columns, in any order', () => {
    expect(() => checkSourceColumns('uhv_lines', header('uhv_lines').reverse())).not.toThrow();
  });

  it('fails on an appended column until it is carried or listed with a reason', () => {
    expect(() => checkSourceColumns('backbone', [...header('backbone'), 'closed'])).toThrow(
      /backbone.csv: new column\(s\) closed/,
    );
  });

  it('fails on a column that went missing', () => {
    const columns = header('datacentres').filter((c) => c !== 'verified');
    expect(() => checkSourceColumns('datacentres', columns)).toThrow(
      /missing column\(s\) verified/,
    );
  });

  it('never lists a column both as carried and as not carried', () => {
    for (const { carried, notCarried = {} } of Object.values(SOURCE_COLUMNS)) {
      expect(carried.filter((c) => c in notCarried)).toEqual([]);
    }
  });
});
