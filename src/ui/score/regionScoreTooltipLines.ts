// The score lines of a region's hover tooltip: D with its class, then the bottleneck — or "no
// data" and what is missing — and, when the map is coloured by an indicator, its value with the
// year of its figures. Plain text; nothing while there is no analysis.
import type { Lang } from '../../domain/lang';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import {
  className,
  formatIndex,
  formatRawWithUnit,
  indicatorName,
  subsystemName,
} from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';
import { regionScoreView, type ScoreAnalysis } from './scoreView';

/** At most this many missing indicators are named; the rest are counted. */
const MAX_NAMED_MISSING = 3;

/** The indicator the map is coloured by, with the year of its figures. */
export interface ShownIndicator {
  readonly id: IndicatorId;
  readonly vintage?: string;
}

export function regionScoreTooltipLines(
  regionId: string,
  analysis: ScoreAnalysis | null,
  lang: Lang,
  shown?: ShownIndicator,
): string[] {
  const view = analysis ? regionScoreView(analysis, regionId) : undefined;
  if (!view) return [];
  const j = shown && analysis ? analysis.scores.indicatorIds.indexOf(shown.id) : -1;
  const indicatorLine =
    shown && j >= 0
      ? [
          `${indicatorName(shown.id, lang)}${shown.vintage ? ` (${shown.vintage})` : ''}${lang === 'zh' ? '：' : ': '}${formatRawWithUnit(view.raw[j], shown.id, lang)}`,
        ]
      : [];
  return [...scoreLines(view, lang), ...indicatorLine];
}

function scoreLines(view: NonNullable<ReturnType<typeof regionScoreView>>, lang: Lang): string[] {
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
