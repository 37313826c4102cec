// Score figures as text: indices in 0–1 with fixed decimals, raw values with sensible precision,
// class and subsystem names, all in the current locale. Missing is "no data", never 0.
import type { Lang } from '../../domain/lang';
import { COORDINATION_CLASSES } from '../../domain/score/coordinationClasses';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { SUBSYSTEM_LABELS, type Subsystem } from '../../domain/score/subsystems';
import { SCORE_MESSAGES } from './scoreMessages';

const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

/** An index in 0–1 (D, C, T, U_k, a weight) with `digits` decimals; missing → "no data". */
export function formatIndex(value: number | undefined, lang: Lang, digits = 2): string {
  if (value === undefined || !Number.isFinite(value)) return SCORE_MESSAGES.noData[lang];
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Decimals that keep about three significant figures without noise on large values. */
function rawDigits(value: number): number {
  const size = Math.abs(value);
  if (size >= 100 || Number.isInteger(value)) return 0;
  if (size >= 10) return 1;
  if (size >= 1) return 2;
  return 3;
}

/** A raw indicator value with thousands separators; missing → "no data". */
export function formatRaw(value: number | undefined, lang: Lang): string {
  if (value === undefined || !Number.isFinite(value)) return SCORE_MESSAGES.noData[lang];
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: rawDigits(value) }).format(
    value,
  );
}

/** A raw value followed by the indicator's unit (no unit after "no data"). */
export function formatRawWithUnit(value: number | undefined, id: IndicatorId, lang: Lang): string {
  const text = formatRaw(value, lang);
  if (value === undefined || !Number.isFinite(value)) return text;
  return `${text} ${indicatorDef(id).unit[lang]}`;
}

/** The class name of a class index 0–9; undefined → "no data". */
export function className(classIndex: number | undefined, lang: Lang): string {
  const row = classIndex === undefined ? undefined : COORDINATION_CLASSES[classIndex];
  return row ? row.label[lang] : SCORE_MESSAGES.noData[lang];
}

/** "Power 电力" in English (the Chinese name helps readers of both), "电力" in Chinese. */
export function subsystemName(subsystem: Subsystem, lang: Lang): string {
  const label = SUBSYSTEM_LABELS[subsystem];
  return lang === 'en' ? `${label.en} ${label.zh}` : label.zh;
}

export function indicatorName(id: IndicatorId, lang: Lang): string {
  return indicatorDef(id).label[lang];
}
