import { describe, expect, it } from 'vitest';
import type { PowerLine } from '../atlas';
import { nearestLineDistanceKm } from './nearestLineDistanceKm';

function line(id: string, lat: number, props: Partial<PowerLine>): PowerLine {
  return {
    id,
    name: id,
    source: 'test',
    approx: true,
    status: 'operating',
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [104.9, lat],
          [105.1, lat],
        ],
      ],
    },
    ...props,
  };
}

const lines = Object.freeze([
  line('ac500', 30.1, { current: 'AC', voltageKv: 500 }),
  line('dc800', 30.5, { current: 'DC', voltageKv: 800 }),
  line('ac1000', 31, { current: 'AC', voltageKv: 1000 }),
  line('novoltage', 30.05, {}),
  line('retired', 30, { current: 'AC', voltageKv: 1000, status: 'retired' }),
]);
const site = [105, 30] as const;
const kmPerDegree = 111.195;

describe('nearestLineDistanceKm', () => {
  it('keeps lines of unknown voltage only when no minimum voltage is set', () => {
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 0 })[0]).toBeCloseTo(
      0.05 * kmPerDegree,
      0,
    );
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 500 })[0]).toBeCloseTo(
      0.1 * kmPerDegree,
      0,
    );
  });

  it('filters by minimum voltage and by current', () => {
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 800 })[0]).toBeCloseTo(
      0.5 * kmPerDegree,
      0,
    );
    expect(
      nearestLineDistanceKm([site], lines, { minVoltageKv: 800, current: 'AC' })[0],
    ).toBeCloseTo(kmPerDegree, 0);
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 0, current: 'DC' })[0]).toBeCloseTo(
      0.5 * kmPerDegree,
      0,
    );
  });

  it('ignores retired lines', () => {
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 1000 })[0]).toBeCloseTo(
      kmPerDegree,
      0,
    );
  });

  it('answers undefined, never 0, when no line passes the filter', () => {
    expect(nearestLineDistanceKm([site], lines, { minVoltageKv: 1100 })).toEqual([undefined]);
    expect(nearestLineDistanceKm([site], [], { minVoltageKv: 0 })).toEqual([undefined]);
  });
});
