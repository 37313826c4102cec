// While a scenario is active: the site finder's top candidates under the baseline beside the
// scenario's, same settings (issue 15's "top candidates before/after"), rank by rank.
import { localName } from '../../domain/lang';
import type { BaselineCandidate, SiteAnalysis } from '../../domain/sites/siteAnalysis';
import { useAppStore } from '../../state/AppStoreContext';
import { activeScenarioOf } from '../../state/scenarios/scenarioSlice';
import { useSitesT } from './useSitesT';

export function ScenarioCandidates({ sites }: { sites: SiteAnalysis }) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const scenario = useAppStore(activeScenarioOf);
  const baseline = sites.baselineTop;
  if (!baseline || !scenario) return null;
  const scenarioTop: readonly BaselineCandidate[] = sites.candidates.slice(0, baseline.length);
  const cell = (c: BaselineCandidate | undefined) =>
    c ? `${c.place ? localName(c.place, lang) : c.regionId} · ${c.score.toFixed(1)}` : '—';
  const rows = Math.max(baseline.length, scenarioTop.length);
  return (
    <table className="sites-scenario-top" data-testid="sites-scenario-top">
      <caption>{t('scenarioTop')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('baselineSide')}</th>
          <th scope="col">{scenario.name}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i} data-changed={baseline[i]?.id !== scenarioTop[i]?.id || undefined}>
            <th scope="row">{i + 1}</th>
            <td>{cell(baseline[i])}</td>
            <td>{cell(scenarioTop[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
