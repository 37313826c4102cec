import { describe, expect, it } from 'vitest';
import { vintageFilterRange } from '../../domain/vintage/vintageFilter';
import { pointGeometry } from './pointAttributes';
import { vintageFilterProps } from './vintageFilter';

const asOf2018 = vintageFilterRange(
  { asOf: { kind: 'year', year: 2018 }, includeUnknownYear: true },
  2024,
);

describe('vintageFilterProps', () => {
  it('is off without a view range, on with the view range as the filter bounds', () => {
    const off = vintageFilterProps({}, (r: { startYear?: number }) => r);
    expect(off.filterEnabled).toBe(false);
    const on = vintageFilterProps({ vintageFilter: asOf2018 }, (r: { startYear?: number }) => r);
    expect(on.filterEnabled).toBe(true);
    expect(on.filterRange).toEqual([
      [0, 2018],
      [2019, 10_000],
    ]);
  });

  it('reads the codes of the record behind a datum (a line part names its record)', () => {
    const props = vintageFilterProps({}, (part: { record: { startYear?: number } }) => part.record);
    const read = props.getFilterValue as (datum: { record: { startYear?: number } }) => number[];
    expect(read({ record: { startYear: 2020 } })).toEqual([2020, 10_000]);
  });
});

describe('pointGeometry filter codes', () => {
  it('writes each drawn point its [start, retire] codes in draw order', () => {
    const geometry = pointGeometry(
      [
        { position: [100, 30] as const, approx: false, startYear: 2016, retireYear: 2021 },
        { position: [101, 30] as const, approx: false, status: 'planned' as const },
      ],
      { radiusPx: (_r: unknown) => 1, outlineWidthPx: () => 1 },
    );
    expect([...geometry.filterValues]).toEqual([2016, 2021, 10_000, 10_000]);
  });
});
