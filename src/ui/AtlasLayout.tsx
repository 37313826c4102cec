// The page: header with search, the map, the side panel with its tabs, legend, details, progress.
import { useEffect } from 'react';
import type { SearchHit } from '../domain/searchFeatures';
import { useAppStore } from '../state/AppStoreContext';
import type { FeatureRef } from '../state/appInputs';
import { emptyAtlas } from '../domain/atlas';
import { isJudgedLayer } from '../domain/layerFamilies';
import { Header } from './Header';
import { LayersPanel } from './LayersPanel';
import { Legend } from './Legend';
import { LoadingOverlay } from './LoadingOverlay';
import { MapArea } from './MapArea';
import { MapControls } from './MapControls';
import { Notices } from './Notices';
import { SearchBox } from './SearchBox';
import { SelectionDetails } from './SelectionDetails';
import { SidePanel } from './SidePanel';
import { AddedLayersList } from './import/AddedLayersList';
import { DropZone } from './import/DropZone';
import { SourcesPanel } from './SourcesPanel';
import { ConstraintDetails, ConstraintsPanel, RingsLegend } from './constraints';
import { ComparePanel, RegionScoreDetails, ScoreLegend, ScorePanel } from './score';
import { FeatureActions, ScenarioLegend, ScenariosPanel } from './scenarios';
import { SitesLegend, SitesPanel, type BuildHereSite } from './sites';
import { YearComparePanel, YearControl, YearDeltaLegend } from './vintage';

const EMPTY_ATLAS = emptyAtlas();
/** Zoom a search result is shown at: a province fits around it, a site gets closer. */
const FLY_ZOOM = { region: 5.5, site: 8 } as const;

export function AtlasLayout() {
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const dataset = useAppStore((state) => state.dataset);
  const requestCamera = useAppStore((state) => state.requestCamera);
  const select = useAppStore((state) => state.select);
  const selection = useAppStore((state) => state.selection);
  const startScenarioWithSite = useAppStore((state) => state.startScenarioWithSite);
  const setPanelTab = useAppStore((state) => state.setPanelTab);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
  }, [lang, theme]);

  // A site finder cell becomes a proposed data centre in a new scenario, shown in its tab.
  const buildHere = (site: BuildHereSite) => {
    startScenarioWithSite(site.position);
    setPanelTab('scenarios');
  };
  const onPick = (hit: SearchHit) => {
    const [longitude, latitude] = hit.position;
    const zoom = hit.layerId === 'regions' ? FLY_ZOOM.region : FLY_ZOOM.site;
    requestCamera({ kind: 'fly', longitude, latitude, zoom });
    select({ layerId: hit.layerId, id: hit.id });
  };
  const bounds = dataset?.manifest.bounds;

  return (
    <div className="app">
      <Header search={<SearchBox atlas={dataset?.atlas ?? EMPTY_ATLAS} onPick={onPick} />} />
      <main className="main">
        <MapArea />
        <YearControl />
        <DropZone />
        <SidePanel
          tabs={{
            layers: (
              <>
                <LayersPanel />
                <AddedLayersList />
              </>
            ),
            score: (
              <>
                <ScorePanel />
                <YearComparePanel />
                <ComparePanel />
              </>
            ),
            constraints: <ConstraintsPanel />,
            scenarios: <ScenariosPanel />,
            sites: <SitesPanel onBuildHere={buildHere} />,
            sources: <SourcesPanel />,
          }}
        />
        <MapControls
          onZoom={(delta) => requestCamera({ kind: 'zoom', delta })}
          onFit={() => bounds && requestCamera({ kind: 'fit', bounds })}
        />
        <Legend
          extra={
            <>
              <ScoreLegend />
              <ScenarioLegend />
              <YearDeltaLegend />
              <RingsLegend />
              <SitesLegend />
            </>
          }
        />
        <SelectionDetails>{selection && <SelectionAnalysis {...selection} />}</SelectionDetails>
        <LoadingOverlay />
        <Notices />
      </main>
    </div>
  );
}

/** What the analysis says of the selected feature: a region's score, any constraint verdict. */
function SelectionAnalysis({ layerId, id }: FeatureRef) {
  return (
    <>
      {layerId === 'regions' && <RegionScoreDetails regionId={id} />}
      {isJudgedLayer(layerId) && <ConstraintDetails layerId={layerId} id={id} />}
      <FeatureActions key={`${layerId}:${id}`} layerId={layerId} id={id} />
    </>
  );
}
