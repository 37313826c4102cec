import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

const chars = (text: string) => text.length;

describe('wrapText', () => {
  it('breaks between words so that no line is wider than the width', () => {
    const lines = wrapText('Sources: NDRC 2022; MIIT 2023; WRI GPPD 1.3', 16, chars);
    expect(lines).toEqual(['Sources: NDRC', '2022; MIIT 2023;', 'WRI GPPD 1.3']);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
  });

  it('breaks text without spaces between characters', () => {
    expect(wrapText('国家发展和改革委员会', 4, chars)).toEqual(['国家发展', '和改革委', '员会']);
  });

  it('gives no line for blank text and one line for text that fits', () => {
    expect(wrapText('   ', 10, chars)).toEqual([]);
    expect(wrapText('short', 10, chars)).toEqual(['short']);
  });
});
