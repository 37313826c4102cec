import { describe, expect, it } from 'vitest';
import { seriesPath } from './yearChartGeometry';

const box = { widthPx: 120, heightPx: 60, padPx: 10 };

describe('seriesPath', () => {
  it('runs from the first year at the left to the last at the right, 0 at the foot, 1 at the top', () => {
    expect(seriesPath([0, 0.5, 1], box)).toBe('M10.0,50.0 L60.0,30.0 L110.0,10.0');
  });

  it('leaves a gap at a missing year instead of drawing it as 0', () => {
    expect(seriesPath([0.5, undefined, 0.5], box)).toBe('M10.0,30.0 M110.0,30.0');
    expect(seriesPath([undefined, undefined], box)).toBe('');
  });
});
