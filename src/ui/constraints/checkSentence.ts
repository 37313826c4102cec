// A check as the detail panel says it: the domain's sentence ("fails … ≤ 20 ms by 3.4 ms") with
// the measured value added where the sentence gives only the margin, before the notes, so value,
// threshold and margin all show.
import { CHECK_NOTE_TEXT } from '../../domain/constraints/checkNotes';
import type { ConstraintCheck } from '../../domain/constraints/constraintCheck';
import { CONSTRAINT_KIND_INFO } from '../../domain/constraints/constraintKinds';
import { describeCheck } from '../../domain/constraints/describeCheck';
import type { Lang } from '../../domain/lang';
import { formatNumber } from '../details/formatValue';

function measuredText(check: ConstraintCheck, lang: Lang): string | undefined {
  if (check.margin === undefined || typeof check.measured !== 'number') return undefined;
  const unit = CONSTRAINT_KIND_INFO[check.kind].unit[lang];
  const bare = unit === '' || unit.startsWith('×') || unit.includes('0–1');
  const rounded = Number(check.measured.toPrecision(3));
  const value = `${formatNumber(rounded, lang)}${bare ? '' : ` ${unit}`}`;
  return lang === 'zh' ? `（实测 ${value}）` : `(measured ${value})`;
}

export function checkSentence(check: ConstraintCheck, lang: Lang): string {
  const measured = measuredText(check, lang);
  if (!measured) return describeCheck(check, lang);
  const head = `${describeCheck({ ...check, notes: [] }, lang)} ${measured}`;
  const notes = check.notes.map((note) => CHECK_NOTE_TEXT[note][lang]);
  return [head, ...notes].join(lang === 'zh' ? '' : ' ');
}
