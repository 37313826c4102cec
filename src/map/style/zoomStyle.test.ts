import { describe, expect, it } from 'vitest';
import { lineOpacity, lineWidthScale } from './zoomStyle';

describe('zoom-scaled line style', () => {
  it('draws lines thinner and lighter at national zoom, full from zoom 6', () => {
    expect(lineWidthScale(3)).toBeCloseTo(0.6);
    expect(lineOpacity(3)).toBeCloseTo(0.75);
    expect(lineWidthScale(6)).toBe(1);
    expect(lineOpacity(9)).toBe(1);
  });

  it('grows steadily between the two zooms', () => {
    const zooms = [3.5, 4, 4.5, 5, 5.5, 6];
    const widths = zooms.map(lineWidthScale);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    expect(lineWidthScale(4.75)).toBeCloseTo(0.8);
  });
});
