import { describe, expect, it } from 'vitest';
import { initialLang } from './initialLang';

describe('initialLang', () => {
  it('opens in Chinese for any Chinese browser locale', () => {
    expect(initialLang(['zh-TW', 'en'])).toBe('zh');
    expect(initialLang(['ZH-cn'])).toBe('zh');
  });

  it('opens in English otherwise, or when the browser says nothing', () => {
    expect(initialLang(['de-DE', 'zh-CN'])).toBe('en');
    expect(initialLang([])).toBe('en');
  });
});
