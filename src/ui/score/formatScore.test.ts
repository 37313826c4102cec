import { describe, expect, it } from 'vitest';
import { className, formatIndex, formatRaw, formatRawWithUnit, subsystemName } from './formatScore';

describe('formatScore', () => {
  it('shows an index with fixed decimals and a missing one as "no data", never 0', () => {
    expect(formatIndex(0.5, 'en')).toBe('0.50');
    expect(formatIndex(0.12345, 'en', 3)).toBe('0.123');
    expect(formatIndex(undefined, 'en')).toBe('no data');
    expect(formatIndex(Number.NaN, 'zh')).toBe('无数据');
  });

  it('shows raw values with thousands separators and about three significant figures', () => {
    expect(formatRaw(12345.678, 'en')).toBe('12,346');
    expect(formatRaw(42.25, 'en')).toBe('42.3');
    expect(formatRaw(0.61234, 'en')).toBe('0.612');
    expect(formatRaw(7, 'zh')).toBe('7');
    expect(formatRawWithUnit(1500, 'dc_capacity_mw', 'en')).toBe('1,500 MW');
    expect(formatRawWithUnit(undefined, 'dc_capacity_mw', 'en')).toBe('no data');
  });

  it('names classes and subsystems in the current language', () => {
    expect(className(6, 'en')).toBe('Primary coordination');
    expect(className(undefined, 'zh')).toBe('无数据');
    expect(subsystemName('power', 'en')).toBe('Power 电力');
    expect(subsystemName('power', 'zh')).toBe('电力');
  });
});
