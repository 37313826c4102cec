// The language the app opens in when the link does not say: Chinese for a Chinese browser,
// English otherwise.
import type { Lang } from '../domain/lang';

export function initialLang(browserLanguages: readonly string[]): Lang {
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}
