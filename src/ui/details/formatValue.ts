// Numbers with the locale's thousands separators; lists joined; booleans in words.
import type { Lang } from '../../domain/lang';
import { MESSAGES } from '../i18n/messages';

const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

export function formatValue(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return MESSAGES[value ? 'yes' : 'no'][lang];
  if (Array.isArray(value)) return value.map((item) => formatValue(item, lang)).join(', ');
  if (typeof value === 'string') return value;
  return '';
}
