// A one-line bilingual sentence for a check, e.g. "fails Latency to the nearest demand hub ≤ 20 ms
// by 3.4 ms", followed by the sentences of its notes. Numbers keep three significant digits.
import type { Bilingual, Lang } from '../lang';
import { CHECK_NOTE_TEXT } from './checkNotes';
import type { ConstraintCheck } from './constraintCheck';
import { CONSTRAINT_KIND_INFO } from './constraintKinds';

const VERBS: { readonly [S in ConstraintCheck['status']]: Bilingual } = {
  pass: { en: 'passes', zh: '满足' },
  fail: { en: 'fails', zh: '未满足' },
  unknown: { en: 'unknown for', zh: '无法判断' },
  not_applicable: { en: 'does not apply:', zh: '不适用：' },
};

/** Rounds to three significant digits for display. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function withUnit(value: number, unit: string): string {
  return unit === '' || unit.startsWith('×') || unit.includes('0–1')
    ? `${formatNumber(value)}`
    : `${formatNumber(value)} ${unit}`;
}

/** The check as a sentence in `lang`. */
export function describeCheck(check: ConstraintCheck, lang: Lang): string {
  const info = CONSTRAINT_KIND_INFO[check.kind];
  const unit = info.unit[lang];
  const { threshold, measured } = check;
  const condition =
    typeof threshold === 'number'
      ? `${info.label[lang]} ${info.comparison === 'max' ? '≤' : '≥'} ${withUnit(threshold, unit)}`
      : threshold === true
        ? info.label[lang]
        : `${info.label[lang]} ∈ {${threshold.join(', ')}}`;
  const parts = [`${VERBS[check.status][lang]} ${condition}`];
  if (check.margin !== undefined)
    parts.push(
      lang === 'zh' ? `相差 ${withUnit(check.margin, unit)}` : `by ${withUnit(check.margin, unit)}`,
    );
  if (measured !== undefined && check.margin === undefined && typeof measured !== 'boolean') {
    const shown = typeof measured === 'number' ? withUnit(measured, unit) : measured;
    parts.push(lang === 'zh' ? `（实测 ${shown}）` : `(measured ${shown})`);
  }
  const notes = check.notes.map((note) => CHECK_NOTE_TEXT[note][lang]);
  return [parts.join(' '), ...notes].join(lang === 'zh' ? '' : ' ');
}
