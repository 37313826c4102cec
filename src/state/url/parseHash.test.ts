import { describe, expect, it } from 'vitest';
import { MAX_HASH_CHARS, parseHash } from './parseHash';

describe('parseHash', () => {
  it('splits pairs with or without the leading #, keeping values percent-encoded', () => {
    const { params } = parseHash('#v=2&s=regions:CN%2DGZ');
    expect([...params]).toEqual([
      ['v', '2'],
      ['s', 'regions:CN%2DGZ'],
    ]);
    expect([...parseHash('v=2').params]).toEqual([['v', '2']]);
  });

  it('keeps the first of repeated keys and ignores bare keys and empty pairs', () => {
    const { params } = parseHash('t=d&t=l&&ly&=x&l=en');
    expect([...params]).toEqual([
      ['t', 'd'],
      ['l', 'en'],
    ]);
  });

  it('keeps an empty value (an explicitly empty list)', () => {
    expect(parseHash('ly=').params.get('ly')).toBe('');
  });

  it('caps the length first and says it did', () => {
    const long = 't=d&x=' + 'a'.repeat(100_000);
    const parsed = parseHash(long);
    expect(parsed.truncated).toBe(true);
    expect(parsed.params.get('t')).toBe('d');
    expect(parsed.params.get('x')?.length).toBeLessThanOrEqual(MAX_HASH_CHARS);
    expect(parseHash('t=d').truncated).toBe(false);
  });
});
