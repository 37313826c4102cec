// A check as the detail panel says it: the domain's sentence ("fails … ≤ 20 ms by 3.4 ms") plus
// the measured value when the sentence gives only the margin, so value, threshold and margin all show.
import type { ConstraintCheck } from '../../domain/constraints/constraintCheck';
import { CONSTRAINT_KIND_INFO } from '../../domain/constraints/constraintKinds';
import { describeCheck } from '../../domain/constraints/describeCheck';
import type { Lang } from '../../domain/lang';
import { formatNumber } from '../details/formatValue';

function measuredText(check: ConstraintCheck, lang: Lang): string | undefined {
  if (check.margin === undefined || typeof check.measured !== 'number') return undefined;
  const unit = CONSTRAINT_KIND_INFO[check.kind].unit[lang];
  const bare = unit === '' || unit.startsWith('×') || unit.includes('0–1');
  const value = `${formatNumber(check.measured, lang, 3)}${bare ? '' : ` ${unit}`}`;
  return lang === 'zh' ? `（实测 ${value}）` : `(measured ${value})`;
}

export function checkSentence(check: ConstraintCheck, lang: Lang): string {
  const sentence = describeCheck(check, lang);
  const measured = measuredText(check, lang);
  return measured ? `${sentence} ${measured}` : sentence;
}
