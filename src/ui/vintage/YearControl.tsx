// The "as of" year control over the map: which layout (today, the end of a year, the pipeline),
// a keyboard-operable year slider with play/pause and the policy events as marks, the "year
// unknown" bucket's checkbox (included by default, and said so) and the score scale. It only sets
// the store's vintage (the link's yr=); the map filters on the GPU and the worker re-scores.
import { useCallback, useId, useMemo } from 'react';
import type { VintageSettings } from '../../domain/vintage/asOf';
import { datingCounts, vintageYearSpan } from '../../domain/vintage/vintageYearSpan';
import { useAppStore } from '../../state/AppStoreContext';
import { PolicyMarks } from './PolicyMarks';
import { ScoreScaleChoice } from './ScoreScaleChoice';
import { useVintageT } from './useVintageT';
import { useYearPlayback } from './useYearPlayback';
import type { VintageMessageKey } from './vintageMessages';
import { VintageSummary } from './VintageSummary';
import { asOfOf, playStartYear, sliderYear, YEAR_VIEWS, type YearView } from './yearControlModel';
import './vintage.css';

const VIEW_LABELS: Readonly<Record<YearView, VintageMessageKey>> = {
  all: 'viewAll',
  year: 'viewYear',
  pipeline: 'viewPipeline',
};

export function YearControl() {
  const t = useVintageT();
  const id = useId();
  const dataset = useAppStore((state) => state.dataset);
  const vintage = useAppStore((state) => state.vintage);
  const setVintage = useAppStore((state) => state.setVintage);
  const span = useMemo(() => (dataset ? vintageYearSpan(dataset.atlas) : undefined), [dataset]);
  const unknownCount = useMemo(() => {
    const counts = dataset ? Object.values(datingCounts(dataset.atlas)) : [];
    return counts.reduce((sum, c) => sum + c.unknownYear, 0);
  }, [dataset]);
  const change = useCallback(
    (next: Partial<VintageSettings>) => setVintage({ ...vintage, ...next }),
    [vintage, setVintage],
  );
  const showYear = useCallback(
    (year: number) => change({ asOf: { kind: 'year', year } }),
    [change],
  );
  const year = span ? sliderYear(vintage.asOf, span) : 0;
  const [playing, setPlaying] = useYearPlayback(year, span, showYear);
  if (!span) return null;

  const play = () => {
    if (!playing) showYear(playStartYear(year, span));
    setPlaying(!playing);
  };
  return (
    <section className="year-control" aria-labelledby={`${id}-heading`}>
      <div className="year-head">
        <h2 id={`${id}-heading`}>{t('heading')}</h2>
        <fieldset className="year-views">
          <legend className="visually-hidden">{t('viewGroup')}</legend>
          {YEAR_VIEWS.map((view) => (
            <label key={view}>
              <input
                type="radio"
                name={`${id}-view`}
                value={view}
                checked={vintage.asOf.kind === view}
                onChange={() => change({ asOf: asOfOf(view, year) })}
              />{' '}
              {t(VIEW_LABELS[view])}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="year-slider-row">
        <button
          type="button"
          className="year-play"
          aria-pressed={playing}
          aria-label={playing ? t('pause') : t('play')}
          title={playing ? t('pause') : t('play')}
          onClick={play}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <label htmlFor={`${id}-year`} className="year-label">
          {/* Not an <output>: its implicit status role would compete with the app's status messages. */}
          {t('year')} <span className="year-value">{year}</span>
        </label>
        <div className="year-track">
          <input
            id={`${id}-year`}
            type="range"
            min={span.first}
            max={span.latest}
            step={1}
            value={year}
            aria-valuetext={t('yearValue', { year })}
            onChange={(event) => showYear(Number(event.target.value))}
          />
          <PolicyMarks
            events={dataset?.manifest.policyEvents ?? []}
            span={span}
            onYear={showYear}
          />
        </div>
      </div>
      <VintageSummary />
      {/* Folded so the control covers little of the map; the default (year unknown counted) is
          said in the checkbox's label. */}
      <details className="year-options">
        <summary>{t('options')}</summary>
        <label className="year-unknown">
          <input
            type="checkbox"
            checked={vintage.includeUnknownYear}
            onChange={(event) => change({ includeUnknownYear: event.target.checked })}
          />{' '}
          {t('includeUnknown', { n: unknownCount.toLocaleString() })}
        </label>
        <ScoreScaleChoice span={span} />
      </details>
    </section>
  );
}
