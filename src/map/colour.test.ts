import { describe, expect, it } from 'vitest';
import { cssToRgba, fade, hexToRgba, rgbaToHex } from './colour';

describe('colour conversions', () => {
  it('reads six- and three-digit hex with an alpha in 0–1', () => {
    expect(hexToRgba('#D81B60')).toEqual([216, 27, 96, 255]);
    expect(hexToRgba('#fff', 0.5)).toEqual([255, 255, 255, 128]);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => hexToRgba('#12345')).toThrow();
  });

  it('reads d3 rgb() strings and round-trips hex', () => {
    expect(cssToRgba('rgb(68, 1, 84)')).toEqual([68, 1, 84, 255]);
    expect(rgbaToHex(hexToRgba('#3949ab'))).toBe('#3949ab');
  });

  it('fades only the alpha', () => {
    expect(fade([10, 20, 30, 200], 0.5)).toEqual([10, 20, 30, 100]);
  });
});
