// The score lines of a region's hover tooltip: D with its class, then the bottleneck — or "no
// data" and what is missing. Plain text; nothing while there is no analysis.
import type { Lang } from '../../domain/lang';
import { className, formatIndex, indicatorName, subsystemName } from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';
import { regionScoreView, type ScoreAnalysis } from './scoreView';

/** At most this many missing indicators are named; the rest are counted. */
const MAX_NAMED_MISSING = 3;

export function regionScoreTooltipLines(
  regionId: string,
  analysis: ScoreAnalysis | null,
  lang: Lang,
): string[] {
  const view = analysis ? regionScoreView(analysis, regionId) : undefined;
  if (!view) return [];
  const { score } = view;
  const t = (key: keyof typeof SCORE_MESSAGES) => SCORE_MESSAGES[key][lang];
  const colon = lang === 'zh' ? '：' : ': ';
  if (score.degree === undefined) {
    const missing = score.missingIndicators.map((id) => indicatorName(id, lang));
    const named = missing.slice(0, MAX_NAMED_MISSING).join(lang === 'zh' ? '、' : ', ');
    const more =
      missing.length > MAX_NAMED_MISSING ? ` +${missing.length - MAX_NAMED_MISSING}` : '';
    const lines = [`D ${t('noData')}`];
    if (missing.length > 0) lines.push(`${t('missingList')}${colon}${named}${more}`);
    return lines;
  }
  const lines = [`D ${formatIndex(score.degree, lang)} · ${className(score.classIndex, lang)}`];
  if (score.bottleneck)
    lines.push(`${t('bottleneck')}${colon}${subsystemName(score.bottleneck, lang)}`);
  return lines;
}
