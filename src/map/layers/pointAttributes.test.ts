import { describe, expect, it } from 'vitest';
import { pointData, pointGeometry, pointRecordAt } from './pointAttributes';

const site = (id: string, lon: number, size: number, approx = false) => ({
  id,
  position: [lon, 30] as const,
  size,
  approx,
});
const records = [site('a', 100, 2), site('b', 101, 5, true), site('c', 102, 2), site('d', 103, 9)];
const style = { radiusPx: (r: { size: number }) => r.size, outlineWidthPx: () => 1 };

describe('pointGeometry', () => {
  it('orders largest first, ties in record order, and writes each record at its draw slot', () => {
    const geometry = pointGeometry(records, style);
    expect([...geometry.recordIndex]).toEqual([3, 1, 0, 2]);
    expect([...geometry.positions.filter((_, i) => i % 2 === 0)]).toEqual([103, 101, 100, 102]);
    expect([...geometry.radii]).toEqual([9, 5, 2, 2]);
    expect([...geometry.dashArrays.slice(2, 4)]).toEqual([3, 2]);
    expect([...geometry.dashArrays.slice(0, 2)]).toEqual([0, 0]);
  });

  it('names the record drawn at a picked index, and nothing past the end', () => {
    const data = pointData(
      pointGeometry(records, style),
      { fill: () => [1, 2, 3, 200], outline: () => [0, 0, 0, 255] },
      (r) => r.id === 'c',
      0.5,
    );
    expect(pointRecordAt(data, 1)).toEqual({ record: records[1], index: 1 });
    expect(pointRecordAt(data, 4)).toBeNull();
    const alphas = [...data.attributes.getFillColor!.value.filter((_, i) => i % 4 === 3)];
    expect(alphas).toEqual([200, 200, 200, 100]);
  });
});
