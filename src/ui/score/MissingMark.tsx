// A small mark on a region that lacks some indicators, naming them (tooltip and screen readers).
import type { Lang } from '../../domain/lang';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { indicatorName } from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';

export function MissingMark({ missing, lang }: { missing: readonly IndicatorId[]; lang: Lang }) {
  if (missing.length === 0) return null;
  const names = missing.map((id) => indicatorName(id, lang)).join(lang === 'zh' ? '、' : ', ');
  const text = `${SCORE_MESSAGES.missingList[lang]}${lang === 'zh' ? '：' : ': '}${names}`;
  return (
    <span className="missing-mark" role="img" aria-label={text} title={text} tabIndex={0}>
      !
    </span>
  );
}
