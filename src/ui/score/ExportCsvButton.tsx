// Downloads the ranking as CSV (every index, raw indicators with units, sources and licences).
import { useAppStore } from '../../state/AppStoreContext';
import { downloadText } from './downloadText';
import { scoresToCsv } from './scoresToCsv';
import { useScoreT } from './useScoreT';

export function ExportCsvButton() {
  const t = useScoreT();
  const analysis = useAppStore((state) => state.analysis);
  const dataset = useAppStore((state) => state.dataset);
  const weights = useAppStore((state) => state.weights);
  const onClick = () => {
    if (!analysis || !dataset) return;
    const { manifest, atlas } = dataset;
    const csv = scoresToCsv({ analysis, regions: atlas.regions, manifest, weights });
    downloadText(`compute-atlas-scores-${manifest.id}.csv`, csv);
  };
  return (
    <button
      type="button"
      className="text-button"
      disabled={!analysis || !dataset}
      title={t('exportCsvHint')}
      onClick={onClick}
    >
      {t('exportCsv')}
    </button>
  );
}
