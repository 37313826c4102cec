import { describe, expect, it } from 'vitest';
import { labelCharacterSet, namesCharacterSet } from './labelCharacterSet';

describe('labelCharacterSet', () => {
  it('holds printable ASCII and every character of the labels, once', () => {
    const set = labelCharacterSet(['内蒙古', '贵州', '内江']);
    for (const character of 'AZaz09 -·'.replace('·', '')) expect(set.has(character)).toBe(true);
    for (const character of '内蒙古贵州江') expect(set.has(character)).toBe(true);
    expect(set.size).toBe(95 + 6);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(labelCharacterSet(['𠀀']).has('𠀀')).toBe(true);
  });

  it('takes both the English and the Chinese name of each record', () => {
    const set = namesCharacterSet([{ name: 'Ürümqi', nameZh: '乌鲁木齐' }]);
    expect(set.has('Ü')).toBe(true);
    expect(set.has('乌')).toBe(true);
  });
});
