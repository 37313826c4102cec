import { describe, expect, it } from 'vitest';
import { hexToRgba } from '../colour';
import {
  powerLineClass,
  powerLineColour,
  powerLineWidthPx,
  VOLTAGE_CLASS_STYLES,
} from './powerLines';

describe('powerLineClass', () => {
  it('styles a 1000 kV DC line as UHV DC', () => {
    expect(powerLineClass({ current: 'DC', voltageKv: 1000 })).toBe('uhv_dc');
    expect(powerLineColour({ current: 'DC', voltageKv: 1000, status: 'operating' })).toEqual(
      hexToRgba('#D81B60'),
    );
  });

  it('styles ±800 and ±1100 kV DC lines as UHV DC', () => {
    expect(powerLineClass({ current: 'DC', voltageKv: 800 })).toBe('uhv_dc');
    expect(powerLineClass({ current: 'DC', voltageKv: 1100 })).toBe('uhv_dc');
  });

  it('styles a 1000 kV AC line as UHV AC', () => {
    expect(powerLineClass({ current: 'AC', voltageKv: 1000 })).toBe('uhv_ac');
    expect(powerLineColour({ current: 'AC', voltageKv: 1000, status: 'operating' })).toEqual(
      hexToRgba('#E53935'),
    );
  });

  it('puts 500 kV and 750 kV lines, and ±500/±660 kV DC, in the 500–750 class', () => {
    expect(powerLineClass({ current: 'AC', voltageKv: 500 })).toBe('ehv');
    expect(powerLineClass({ current: 'AC', voltageKv: 750 })).toBe('ehv');
    expect(powerLineClass({ current: 'DC', voltageKv: 660 })).toBe('ehv');
    expect(powerLineColour({ current: 'AC', voltageKv: 500, status: 'operating' })).toEqual(
      hexToRgba('#FB8C00'),
    );
  });

  it('puts lines below 500 kV or of unknown voltage in the lower class', () => {
    expect(powerLineClass({ current: 'AC', voltageKv: 220 })).toBe('lower');
    expect(powerLineClass({})).toBe('lower');
  });

  it('reads 800 kV without a stated current as DC and 1000 kV as AC', () => {
    expect(powerLineClass({ voltageKv: 800 })).toBe('uhv_dc');
    expect(powerLineClass({ voltageKv: 1000 })).toBe('uhv_ac');
  });

  it('draws higher voltage classes wider', () => {
    const widths = [
      powerLineWidthPx({ current: 'DC', voltageKv: 800 }),
      powerLineWidthPx({ current: 'AC', voltageKv: 1000 }),
      powerLineWidthPx({ current: 'AC', voltageKv: 500 }),
      powerLineWidthPx({ current: 'AC', voltageKv: 220 }),
    ];
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    expect(new Set(widths).size).toBe(4);
  });

  it('draws planned lines in the class colour but lighter', () => {
    const built = powerLineColour({ current: 'DC', voltageKv: 800, status: 'operating' });
    const planned = powerLineColour({ current: 'DC', voltageKv: 800, status: 'planned' });
    expect(planned.slice(0, 3)).toEqual(built.slice(0, 3));
    expect(planned[3]).toBeLessThan(built[3]);
    expect(hexToRgba(VOLTAGE_CLASS_STYLES.uhv_dc.colour).slice(0, 3)).toEqual(built.slice(0, 3));
  });
});
