import { describe, expect, it } from 'vitest';
import {
  isYes,
  optionalIsoDate,
  optionalNumber,
  optionalText,
  optionalYear,
  splitList,
} from './cells';

describe('cells', () => {
  it('leaves empty cells absent instead of writing 0 or an empty string', () => {
    expect(optionalNumber('')).toBeUndefined();
    expect(optionalNumber('  ')).toBeUndefined();
    expect(optionalText('')).toBeUndefined();
  });

  it('keeps a written zero as a real zero', () => {
    expect(optionalNumber('0')).toBe(0);
    expect(optionalNumber('12.5')).toBe(12.5);
  });

  it('fails loudly on a number cell that holds text', () => {
    expect(() => optionalNumber('about 5', 'capacity')).toThrow(/capacity/);
  });

  it('reads only plain four-digit years as years', () => {
    expect(optionalYear('2014')).toBe(2014);
    expect(optionalYear('1990s')).toBeUndefined();
    expect(optionalYear('')).toBeUndefined();
  });

  it('keeps ISO dates as written and fails on any other date text', () => {
    expect(optionalIsoDate('2025-08')).toBe('2025-08');
    expect(optionalIsoDate('2014-06-30')).toBe('2014-06-30');
    expect(optionalIsoDate('2019')).toBe('2019');
    expect(optionalIsoDate('')).toBeUndefined();
    expect(() => optionalIsoDate('2025/08', 'DC21 commissioned')).toThrow(/DC21 commissioned/);
    expect(() => optionalIsoDate('2025-13')).toThrow();
  });

  it('splits semicolon lists and reads yes flags', () => {
    expect(splitList('CN-SH; CN-JS;;CN-ZJ')).toEqual(['CN-SH', 'CN-JS', 'CN-ZJ']);
    expect(splitList('')).toEqual([]);
    expect(isYes('yes')).toBe(true);
    expect(isYes('no')).toBe(false);
    expect(isYes('')).toBe(false);
  });
});
