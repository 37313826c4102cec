// The score section of a region's detail panel: D with its class, C and T, U_k bars, the
// bottleneck named, and every indicator raw and normalised with its weight.
import { useAppStore } from '../../state/AppStoreContext';
import { ClassChip } from './ClassChip';
import { ComputingNote } from './ComputingNote';
import { formatIndex, indicatorName, subsystemName } from './formatScore';
import { indicatorBreakdown } from './indicatorBreakdown';
import { IndicatorBreakdownTable } from './IndicatorBreakdownTable';
import { useIndicatorVintage } from './useIndicatorVintage';
import { regionScoreView, relevantMissing } from './scoreView';
import { SubsystemBarList } from './SubsystemBarList';
import { subsystemBars } from './subsystemBars';
import { useScoreT } from './useScoreT';
import './score.css';

export function RegionScoreDetails({ regionId }: { regionId: string }) {
  const vintageOf = useIndicatorVintage();
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const analysis = useAppStore((state) => state.analysis);
  const weights = useAppStore((state) => state.weights);
  const view = analysis ? regionScoreView(analysis, regionId) : undefined;
  const missing = view ? relevantMissing(view.score, weights) : [];
  const body = !analysis ? (
    <ComputingNote />
  ) : !view ? (
    <p className="score-hint">{t('notScored')}</p>
  ) : (
    <>
      <dl className="score-summary">
        <dt>{t('coordinationDegree')}</dt>
        <dd className={view.score.degree === undefined ? 'no-data' : undefined}>
          <strong>{formatIndex(view.score.degree, lang, 3)}</strong>{' '}
          <ClassChip classIndex={view.score.classIndex} lang={lang} />
        </dd>
        <dt>{t('coupling')}</dt>
        <dd>{formatIndex(view.score.coupling, lang, 3)}</dd>
        <dt>{t('comprehensive')}</dt>
        <dd>{formatIndex(view.score.comprehensive, lang, 3)}</dd>
        {view.score.bottleneck && (
          <>
            <dt>{t('bottleneck')}</dt>
            <dd className="bottleneck">{subsystemName(view.score.bottleneck, lang)}</dd>
          </>
        )}
      </dl>
      {missing.length > 0 && (
        <p className="flag" data-testid="missing-indicators">
          {t('missingList')}
          {lang === 'zh' ? '：' : ': '}
          {missing.map((id) => indicatorName(id, lang)).join(lang === 'zh' ? '、' : ', ')}
        </p>
      )}
      <SubsystemBarList bars={subsystemBars(view.score, analysis.scores)} lang={lang} />
      <IndicatorBreakdownTable
        lines={indicatorBreakdown(analysis, view, weights)}
        lang={lang}
        vintageOf={vintageOf}
      />
    </>
  );
  return (
    <section
      className="region-score"
      aria-labelledby={`score-${regionId}`}
      data-testid="region-score"
    >
      <h3 id={`score-${regionId}`}>{t('score')}</h3>
      {body}
    </section>
  );
}
