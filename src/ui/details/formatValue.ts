// Numbers with the locale's thousands separators; enumerated values by name; lists joined;
// booleans in words.
import type { Lang } from '../../domain/lang';
import { enumLabel } from '../enumLabels';
import { MESSAGES } from '../i18n/messages';

const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

/** Fields holding a calendar year: written as the year itself, never `2,016`. */
export function isYearField(field: string): boolean {
  return /year/i.test(field);
}

/** `value` of record field `field` as text in `lang`. */
export function formatValue(value: unknown, lang: Lang, field = ''): string {
  if (typeof value === 'number')
    return isYearField(field) ? String(value) : formatNumber(value, lang);
  if (typeof value === 'boolean') return MESSAGES[value ? 'yes' : 'no'][lang];
  if (Array.isArray(value)) return value.map((item) => formatValue(item, lang, field)).join(', ');
  if (typeof value === 'string') return enumLabel(field, value, lang);
  return '';
}
