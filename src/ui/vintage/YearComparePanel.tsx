// The Score tab's "Through the years": compare the layout shown with another year (the link's
// yc=; ΔD on the map and a rank-change table) and chart a region's D and U_k over every year.
import { useId, useMemo } from 'react';
import { vintageYearSpan } from '../../domain/vintage/vintageYearSpan';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { YearSelect } from './YearSelect';
import { whenText } from './whenText';
import { YearChart } from './YearChart';
import { YearRankTable } from './YearRankTable';
import './vintage.css';

export function YearComparePanel() {
  const t = useVintageT();
  const id = useId();
  const dataset = useAppStore((state) => state.dataset);
  const asOf = useAppStore((state) => state.vintage.asOf);
  const compareYear = useAppStore((state) => state.compareYear);
  const setCompareYear = useAppStore((state) => state.setCompareYear);
  const showChart = useAppStore((state) => state.showYearChart);
  const setShowChart = useAppStore((state) => state.setShowYearChart);
  const vintage = useAppStore((state) => state.analysis?.vintage);
  const selection = useAppStore((state) => state.selection);
  const compared = useAppStore((state) => state.compareRegionIds);
  const span = useMemo(() => (dataset ? vintageYearSpan(dataset.atlas) : undefined), [dataset]);
  if (!span) return null;
  const years = Array.from({ length: span.latest - span.first + 1 }, (_, i) => span.first + i);
  const chartRegion = selection?.layerId === 'regions' ? selection.id : compared[0];
  const regionSeries = chartRegion ? vintage?.series?.regions[chartRegion] : undefined;
  return (
    <section className="year-compare" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('compareHeading')}</h3>
      <label>
        {t('compareWith')}{' '}
        <YearSelect
          value={compareYear}
          years={years}
          noneLabel={t('compareNone')}
          onChange={setCompareYear}
        />
      </label>
      {compareYear !== undefined && vintage?.comparison && (
        <YearRankTable
          caption={t('compareCaption', { year: vintage.comparison.year, when: whenText(asOf, t) })}
          changes={vintage.comparison.changes}
        />
      )}
      <label className="year-chart-toggle">
        <input
          type="checkbox"
          checked={showChart}
          onChange={(event) => setShowChart(event.target.checked)}
        />{' '}
        {t('showChart')}
      </label>
      {showChart &&
        (!chartRegion ? (
          <p className="hint">{t('chartPick')}</p>
        ) : regionSeries && vintage?.series ? (
          <YearChart regionId={chartRegion} years={vintage.series.years} series={regionSeries} />
        ) : (
          <p className="hint">{t('chartWaiting')}</p>
        ))}
    </section>
  );
}
