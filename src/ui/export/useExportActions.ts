// The three exports as actions on the current store state: the map picture, the scores table and
// the passing features. Each names the dataset's and the added layers' sources and licences.
import { useCallback } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { scoresToCsv } from '../score/scoresToCsv';
import { fillMessage } from '../i18n/fillMessage';
import { composeMapPng } from './composeMapPng';
import { downloadBlob, exportFileName } from './downloadBlob';
import { EXPORT_MESSAGES } from './exportMessages';
import { addedAsManifestLayers, exportSources, sourceLines } from './exportSources';
import { legendSections, scoreSection } from './legendSections';
import { scoreLegend } from '../score/scoreLegend';
import { passingToGeoJson } from './passingToGeoJson';

const MAP_SELECTOR = '.atlas-map';
const BOM = '\uFEFF';

export function useExportActions() {
  const store = useAppStoreApi();

  const png = useCallback(async () => {
    const { dataset, addedLayers, analysis, metric, lang, theme, visibleLayers } = store.getState();
    const map = document.querySelector<HTMLElement>(MAP_SELECTOR);
    if (!dataset || !map) throw new Error('the map is not ready');
    const loaded = (id: string) =>
      dataset.layers.some((s) => s.layerId === id && s.state === 'loaded');
    const style = getComputedStyle(document.documentElement);
    const blob = await composeMapPng(map, {
      title: fillMessage(EXPORT_MESSAGES.pngTitle[lang], { dataset: dataset.manifest.name }),
      sections: [
        ...(visibleLayers.includes('regions') && analysis
          ? [scoreSection(scoreLegend(analysis, metric, lang), lang)]
          : []),
        ...legendSections(visibleLayers, loaded, lang, theme),
      ],
      footer: sourceLines(exportSources(dataset.manifest, addedLayers)),
      colours: {
        background: style.getPropertyValue('--bg').trim() || '#ffffff',
        text: style.getPropertyValue('--fg').trim() || '#1f2328',
      },
    });
    downloadBlob(exportFileName('map', dataset.manifest.id, new Date(), 'png'), blob);
  }, [store]);

  const csv = useCallback(() => {
    const { dataset, addedLayers, analysis, weights } = store.getState();
    if (!dataset || !analysis) throw new Error('the scores are not computed yet');
    const manifest = {
      ...dataset.manifest,
      layers: [...dataset.manifest.layers, ...addedAsManifestLayers(addedLayers)],
    };
    const text = scoresToCsv({ analysis, regions: dataset.atlas.regions, manifest, weights });
    const blob = new Blob([BOM, text], { type: 'text/csv;charset=utf-8' });
    downloadBlob(exportFileName('scores', dataset.manifest.id, new Date(), 'csv'), blob);
  }, [store]);

  const geojson = useCallback(() => {
    const { dataset, addedLayers, analysis, constraints } = store.getState();
    if (!dataset || !analysis) throw new Error('the constraints are not evaluated yet');
    const { manifest } = dataset;
    const collection = passingToGeoJson({
      atlas: dataset.atlas,
      evaluation: analysis.constraints,
      constraints,
      dataset: { id: manifest.id, name: manifest.name, asOf: manifest.asOf },
      sources: exportSources(manifest, addedLayers),
      generatedAt: new Date().toISOString(),
    });
    const blob = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
    downloadBlob(exportFileName('passing', manifest.id, new Date(), 'geojson'), blob);
  }, [store]);

  return { png, csv, geojson };
}
