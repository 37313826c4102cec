import { describe, expect, it } from 'vitest';
import { checkSize, checkTextSize, utf8ByteLength } from './checkSize';

describe('size checks', () => {
  it('counts UTF-8 bytes of ASCII, Chinese and astral characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('数据')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('passes a file at the limit and refuses one byte more', () => {
    expect(checkSize(100, 100)).toBeUndefined();
    expect(checkSize(101, 100)).toEqual({ size: '101 B', limit: '100 B' });
  });

  it('refuses Chinese text whose bytes, not characters, exceed the limit', () => {
    expect(checkTextSize('数'.repeat(40), 100)).toBeDefined();
    expect(checkTextSize('a'.repeat(40), 100)).toBeUndefined();
  });
});
