// The baseline beside up to three scenarios: which are compared, which one's ΔD the map shows,
// constraint pass counts and unreachable places before and after, and each one's rank changes.
import { MAX_COMPARED_SCENARIOS } from '../../domain/scenario/comparison';
import { useAppStore } from '../../state/AppStoreContext';
import { RankChangeTable } from './RankChangeTable';
import { useScenarioT } from './useScenarioT';

export function ScenarioCompare() {
  const t = useScenarioT();
  const scenarios = useAppStore((state) => state.scenarios);
  const compared = useAppStore((state) => state.comparedScenarioIds);
  const toggle = useAppStore((state) => state.toggleComparedScenario);
  const deltaId = useAppStore((state) => state.deltaMapScenarioId);
  const showDelta = useAppStore((state) => state.showDeltaMap);
  const comparison = useAppStore((state) => state.comparison);
  if (scenarios.length === 0) return null;
  const full = compared.length >= MAX_COMPARED_SCENARIOS;
  const sides = comparison
    ? [
        { id: 'baseline', name: t('baseline'), analysis: comparison.baseline },
        ...comparison.scenarios,
      ]
    : [];
  return (
    <section className="scenario-compare" aria-label={t('compare')}>
      <h3>{t('compare')}</h3>
      <p className="hint">{t('compareHint')}</p>
      <ul className="scenario-compare-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <label>
              <input
                type="checkbox"
                checked={compared.includes(scenario.id)}
                disabled={full && !compared.includes(scenario.id)}
                onChange={() => toggle(scenario.id)}
              />
              {t('compareThis')} {scenario.name}
            </label>
          </li>
        ))}
      </ul>
      {comparison && (
        <>
          <fieldset className="scenario-delta-choice">
            <legend>{t('deltaMap')}</legend>
            <label>
              <input
                type="radio"
                name="delta-map"
                checked={deltaId === null}
                onChange={() => showDelta(null)}
              />
              {t('noDeltaMap')}
            </label>
            {comparison.scenarios.map((s) => (
              <label key={s.id}>
                <input
                  type="radio"
                  name="delta-map"
                  checked={deltaId === s.id}
                  onChange={() => showDelta(s.id)}
                />
                ΔD · {s.name}
              </label>
            ))}
          </fieldset>
          <table className="scenario-pass-counts" data-testid="scenario-pass-counts">
            <caption>{t('passCounts')}</caption>
            <thead>
              <tr>
                <th scope="col" />
                {sides.map((side) => (
                  <th key={side.id} scope="col">
                    {side.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('regions')}</th>
                {sides.map(({ id, analysis }) => (
                  <td key={id}>
                    {analysis.counts.regions.passing} / {analysis.counts.regions.total}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('sites')}</th>
                {sides.map(({ id, analysis }) => (
                  <td key={id}>
                    {analysis.counts.sites.passing} / {analysis.counts.sites.total}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('unreachable')}</th>
                {sides.map(({ id, analysis }) => (
                  <td key={id}>
                    {analysis.unreachable.regions} / {analysis.unreachable.sites}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          {comparison.scenarios.map((s) => (
            <RankChangeTable
              key={s.id}
              name={s.name}
              baseline={comparison.baseline}
              scenario={s.analysis}
            />
          ))}
        </>
      )}
    </section>
  );
}
