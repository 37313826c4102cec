import { describe, expect, it } from 'vitest';
import { hexToRgba } from './colour';
import { NO_DATA_COLOUR } from './palette';
import {
  COORDINATION_CLASS_COLOURS,
  coordinationClassColour,
  coordinationClassOf,
  indicatorColour,
} from './ramps';

describe('score ramps', () => {
  it('has ten distinct coordination colours', () => {
    expect(new Set(COORDINATION_CLASS_COLOURS).size).toBe(10);
  });

  it('splits scores 0–1 into ten equal classes with 1 in the top class', () => {
    expect(coordinationClassOf(0)).toBe(0);
    expect(coordinationClassOf(0.099)).toBe(0);
    expect(coordinationClassOf(0.1)).toBe(1);
    expect(coordinationClassOf(0.95)).toBe(9);
    expect(coordinationClassOf(1)).toBe(9);
    expect(coordinationClassOf(-3)).toBe(0);
  });

  it('gives missing classes and indicator values the no-data grey, never a ramp end', () => {
    const grey = hexToRgba(NO_DATA_COLOUR);
    expect(coordinationClassColour(undefined)).toEqual(grey);
    expect(coordinationClassColour(10)).toEqual(grey);
    expect(indicatorColour(undefined)).toEqual(grey);
    expect(indicatorColour(Number.NaN)).toEqual(grey);
    expect(indicatorColour(0)).not.toEqual(grey);
    expect(coordinationClassColour(0)).not.toEqual(grey);
  });

  it('runs the indicator ramp from dark violet to bright yellow (viridis)', () => {
    const low = indicatorColour(0);
    const high = indicatorColour(1);
    expect(low[0] + low[1] + low[2]).toBeLessThan(high[0] + high[1] + high[2]);
    expect(high[0]).toBeGreaterThan(high[2]);
  });
});
