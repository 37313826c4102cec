// The Sites (选址) tab: presets, criteria weights, masks, grid options, the answer's status and
// formula, the candidate table, the selected cell's breakdown, validation and export. Turning the
// site finder off removes it from the map and the link.
import { useAppStore } from '../../state/AppStoreContext';
import type { BuildHere } from './buildHere';
import { CandidateTable } from './CandidateTable';
import { CellBreakdown } from './CellBreakdown';
import { CriterionWeights } from './CriterionWeights';
import { GridOptions } from './GridOptions';
import { MaskList } from './MaskList';
import { PresetPicker } from './PresetPicker';
import { ScenarioCandidates } from './ScenarioCandidates';
import { SitesExport } from './SitesExport';
import { SitesStatus } from './SitesStatus';
import { useSiteSettings } from './useSiteSettings';
import { useSitesT } from './useSitesT';
import { ValidationFigure } from './ValidationFigure';
import './sites.css';

export function SitesPanel({ onBuildHere }: { onBuildHere?: BuildHere }) {
  const t = useSitesT();
  const [settings, update] = useSiteSettings();
  const sites = useAppStore((state) => state.sites);
  const error = useAppStore((state) => state.sitesError);
  const setSiteFinder = useAppStore((state) => state.setSiteFinder);
  const setPanelTab = useAppStore((state) => state.setPanelTab);
  if (!settings) return null;
  const current = sites;
  return (
    <div className="sites-panel">
      <h2>{t('title')}</h2>
      <p className="sites-hint">{t('intro')}</p>
      <PresetPicker settings={settings} onChange={(next) => setSiteFinder(next)} />
      <CriterionWeights
        settings={settings}
        unavailable={current?.unavailable ?? []}
        onChange={update}
      />
      <MaskList settings={settings} onChange={update} />
      <GridOptions settings={settings} onChange={update} />
      <SitesStatus sites={current} error={error} />
      {current && (
        <>
          <CandidateTable sites={current} settings={settings} onChange={update} />
          <ScenarioCandidates sites={current} />
          <CellBreakdown sites={current} cellId={settings.selectedCell} onBuildHere={onBuildHere} />
          <ValidationFigure validation={current.validation} />
          <SitesExport sites={current} />
        </>
      )}
      <button
        type="button"
        className="text-button"
        onClick={() => {
          setSiteFinder(null);
          setPanelTab('layers');
        }}
      >
        {t('hide')}
      </button>
    </div>
  );
}
