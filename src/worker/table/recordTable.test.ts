import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecordTable, MAX_CATEGORIES, tableBuffers } from './recordTable';
import { tableRows } from './tableRows';

const withoutUndefined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const site = (i: number) => ({
  id: `DC-${i}`,
  name: `站点 ${i} — “quoted”`,
  position: [100 + i / 10, 30 - i / 100] as const,
  status: i % 3 === 0 ? 'planned' : 'operating',
  approx: i % 2 === 0,
  capacityMw: i % 5 === 0 ? undefined : i * 1.5,
  regionIds: i % 4 === 0 ? ['CN-GZ', 'CN-CQ'] : undefined,
});

describe('encodeRecordTable and tableRows', () => {
  it('reads back every record, absent fields absent, through a transfer to another thread', () => {
    const records = Array.from({ length: 40 }, (_, i) => site(i));
    const table = encodeRecordTable(records);
    expect(table.columns.status?.kind).toBe('category');
    expect(table.columns.id?.kind).toBe('text');
    expect(table.columns.position?.kind).toBe('lonLat');
    expect(table.columns.regionIds?.kind).toBe('json');
    const moved = structuredClone(table, { transfer: tableBuffers(table) });
    const rows = tableRows<ReturnType<typeof site>>(moved);
    expect(rows.map((row) => ({ ...row }))).toEqual(records.map(withoutUndefined));
    expect(rows[7]!.name).toBe(records[7]!.name);
    expect(rows[5]!.capacityMw).toBeUndefined();
    expect(JSON.parse(JSON.stringify(rows[4]))).toEqual(withoutUndefined(records[4]!));
  });

  it('copies a row like the plain record: spread, entries, `in`, structuredClone and JSON', () => {
    const records = [
      { id: 'a', capacityMw: 5, position: [1, 2] as const },
      { id: 'b', operator: 'X' },
    ];
    const [a, b] = tableRows<Record<string, unknown>>(encodeRecordTable(records));
    expect({ ...a }).toEqual(records[0]);
    expect(Object.entries(b!)).toEqual([
      ['id', 'b'],
      ['operator', 'X'],
    ]);
    expect('capacityMw' in b!).toBe(false);
    expect('operator' in a!).toBe(false);
    expect(structuredClone(a)).toEqual(records[0]);
    expect(JSON.parse(JSON.stringify(b))).toEqual(records[1]);
    expect({ ...a, capacityMw: 7 }).toEqual({ ...records[0], capacityMw: 7 });
  });

  it('keeps rows read-only', () => {
    const [row] = tableRows<{ id: string }>(encodeRecordTable([{ id: 'a' }]));
    expect(() => Object.assign(row!, { id: 'b' })).toThrow(TypeError);
    expect(row!.id).toBe('a');
  });

  it('stores many distinct strings as text, not as a dictionary', () => {
    const records = Array.from({ length: MAX_CATEGORIES * 4 + 8 }, (_, i) => ({
      k: `v${i % (MAX_CATEGORIES + 1)}`,
    }));
    expect(encodeRecordTable(records).columns.k?.kind).toBe('text');
  });

  it('round-trips any JSON-like records (property)', () => {
    // -0 becomes 0 in JSON, the expected side's reference: leave it out.
    const double = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
    const value = fc.oneof(
      fc.constant(undefined),
      double,
      fc.boolean(),
      fc.string(),
      fc.constantFrom('a', 'b'),
      fc.tuple(double, double),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.integer()),
    );
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const rows = tableRows<Record<string, unknown>>(encodeRecordTable(records));
        expect(rows.map((row) => ({ ...row }))).toEqual(
          records.map((r) => JSON.parse(JSON.stringify(withoutUndefined(r))) as unknown),
        );
      }),
    );
  });
});
