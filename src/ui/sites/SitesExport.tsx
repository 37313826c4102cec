// Export buttons: candidates and cells as CSV or GeoJSON, with the criteria values, the weights and
// masks used, and the dataset's (and added layers') sources and licences.
import type { SiteAnalysis } from '../../domain/sites/siteAnalysis';
import { useAppStore } from '../../state/AppStoreContext';
import { downloadBlob, exportFileName } from '../export/downloadBlob';
import { exportSources } from '../export/exportSources';
import { candidatesCsv, candidatesGeoJson, cellsCsv, cellsGeoJson } from './sitesExport';
import type { SitesMessageKey } from './sitesMessages';
import { useSitesT } from './useSitesT';

const EXPORTS: readonly {
  readonly key: SitesMessageKey;
  readonly what: string;
  readonly ext: 'csv' | 'geojson';
  readonly make: typeof candidatesCsv;
}[] = [
  { key: 'exportCandidatesCsv', what: 'site-candidates', ext: 'csv', make: candidatesCsv },
  {
    key: 'exportCandidatesGeoJson',
    what: 'site-candidates',
    ext: 'geojson',
    make: candidatesGeoJson,
  },
  { key: 'exportCellsCsv', what: 'site-cells', ext: 'csv', make: cellsCsv },
  { key: 'exportCellsGeoJson', what: 'site-cells', ext: 'geojson', make: cellsGeoJson },
];

export function SitesExport({ sites }: { sites: SiteAnalysis }) {
  const t = useSitesT();
  const dataset = useAppStore((state) => state.dataset);
  const added = useAppStore((state) => state.addedLayers);
  if (!dataset) return null;
  const save = (entry: (typeof EXPORTS)[number]) => {
    const text = entry.make(sites, exportSources(dataset.manifest, added));
    const type = entry.ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
    const parts = entry.ext === 'csv' ? ['\uFEFF', text] : [text];
    downloadBlob(
      exportFileName(entry.what, dataset.manifest.id, new Date(), entry.ext),
      new Blob(parts, { type }),
    );
  };
  return (
    <section className="sites-export" aria-label={t('export')}>
      <h3>{t('export')}</h3>
      {EXPORTS.map((entry) => (
        <button
          key={entry.key}
          type="button"
          className="text-button"
          data-export={`${entry.what}.${entry.ext}`}
          onClick={() => save(entry)}
        >
          {t(entry.key)}
        </button>
      ))}
    </section>
  );
}
