import { describe, expect, it } from 'vitest';
import { hexToRgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { deltaColour } from './deltaFillColours';
import { yearDeltaFill } from './yearDeltaFill';

const change = (regionId: string, degreeChange?: number) => ({
  regionId,
  degreeChange,
  subsystemChange: {},
});

describe('yearDeltaFill', () => {
  it('colours each region by its ΔD on a ramp as wide as the largest change, no-data grey without one', () => {
    const fill = yearDeltaFill({
      year: 2018,
      changes: [change('A', 0.1), change('B', -0.05), change('C')],
    });
    expect(fill.maxAbs).toBe(0.1);
    expect(fill.colours.get('A')).toEqual(deltaColour(0.1, 0.1));
    expect(fill.colours.get('B')).toEqual(deltaColour(-0.05, 0.1));
    expect(fill.colours.get('C')).toEqual(hexToRgba(NO_DATA_COLOUR));
    expect(fill.colours.get('A')).not.toEqual(fill.colours.get('B'));
  });

  it('changes its update key with the compared year and with the changes', () => {
    const a = yearDeltaFill({ year: 2018, changes: [change('A', 0.1)] });
    const b = yearDeltaFill({ year: 2019, changes: [change('A', 0.1)] });
    const c = yearDeltaFill({ year: 2018, changes: [change('A', 0.2)] });
    expect(new Set([a.key, b.key, c.key]).size).toBe(3);
  });
});
