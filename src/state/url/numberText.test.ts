import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber, roundTo, wrapDegrees } from './numberText';

describe('parseNumber', () => {
  it('reads plain decimals, signs and exponents', () => {
    expect(parseNumber('104.5')).toBe(104.5);
    expect(parseNumber('-0.25')).toBe(-0.25);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('1e3')).toBe(1000);
  });

  it('refuses what Number() would quietly accept: blanks, hex, NaN, Infinity', () => {
    for (const text of [
      '',
      ' ',
      ' 1',
      '0x10',
      '0b1',
      'NaN',
      'Infinity',
      '-Infinity',
      '1,5',
      '1e400',
    ]) {
      expect(parseNumber(text)).toBeUndefined();
    }
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it('refuses absurdly long digit strings before parsing them', () => {
    expect(parseNumber('1'.repeat(41))).toBeUndefined();
  });
});

describe('formatNumber and roundTo', () => {
  it('writes without trailing zeros and reads back the same double', () => {
    expect(formatNumber(roundTo(3.2, 2), 2)).toBe('3.2');
    expect(formatNumber(roundTo(5, 2), 2)).toBe('5');
    expect(formatNumber(roundTo(0.00000001, 8), 8)).toBe('0.00000001');
    const value = roundTo(116.123456789, 6);
    expect(parseNumber(formatNumber(value, 6))).toBe(value);
  });

  it('rounds tiny negatives to plain zero', () => {
    expect(formatNumber(roundTo(-0.0001, 2), 2)).toBe('0');
  });
});

describe('wrapDegrees', () => {
  it('wraps any angle into −180…180 (180 itself becomes −180)', () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-190)).toBe(170);
    expect(wrapDegrees(180)).toBe(-180);
    expect(wrapDegrees(720 + 10)).toBe(10);
  });
});
