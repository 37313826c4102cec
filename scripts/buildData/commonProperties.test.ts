import { describe, expect, it } from 'vitest';
import { commonProperties, verificationOf } from './commonProperties';

describe('commonProperties', () => {
  it('writes the common keys in a fixed order and leaves absent ones out', () => {
    const properties = commonProperties({
      id: 'X1',
      name: 'Somewhere',
      nameZh: '',
      source: 'a page',
      approx: true,
      verified: 'recalled',
      notes: ['', undefined],
    });
    expect(Object.keys(properties)).toEqual(['id', 'name', 'source', 'approx', 'verified']);
  });

  it('calls a descriptive verification mixed and keeps the description in the notes', () => {
    expect(verificationOf('year source-checked; capacity recalled')).toEqual({
      level: 'mixed',
      note: 'verification: year source-checked; capacity recalled',
    });
    const properties = commonProperties({
      id: 'L1',
      name: 'Line',
      source: 's',
      approx: true,
      verified: 'year source-checked; capacity recalled',
      notes: ['first note'],
    });
    expect(properties.verified).toBe('mixed');
    expect(properties.notes).toBe(
      'first note; verification: year source-checked; capacity recalled',
    );
  });

  it('keeps the exact levels as they are', () => {
    expect(verificationOf('source-checked').level).toBe('source-checked');
    expect(verificationOf('recalled').level).toBe('recalled');
    expect(verificationOf('')).toEqual({});
  });
});
