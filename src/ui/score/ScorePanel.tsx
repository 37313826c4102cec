// The Score tab: what colours the map, the subsystem weights, the indicator weights and switches,
// and the ranking table with its CSV export ("computing…" until the first analysis).
import { useAppStore } from '../../state/AppStoreContext';
import { ComputingNote } from './ComputingNote';
import { ExportCsvButton } from './ExportCsvButton';
import { IndicatorWeightList } from './IndicatorWeightList';
import { MetricSelect } from './MetricSelect';
import { RankingTable } from './RankingTable';
import { SubsystemWeightSliders } from './SubsystemWeightSliders';
import { useScoreT } from './useScoreT';
import { WeightModeSwitch } from './WeightModeSwitch';
import './score.css';

export function ScorePanel() {
  const t = useScoreT();
  const analysis = useAppStore((state) => state.analysis);
  return (
    <div className="score-panel" data-testid="score-panel">
      <MetricSelect />
      <SubsystemWeightSliders />
      <WeightModeSwitch />
      <IndicatorWeightList />
      <section className="ranking" aria-labelledby="ranking-heading">
        <header className="ranking-header">
          <h3 id="ranking-heading">{t('ranking')}</h3>
          <ExportCsvButton />
        </header>
        {analysis ? <RankingTable analysis={analysis} /> : <ComputingNote />}
      </section>
    </div>
  );
}
