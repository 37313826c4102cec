// The Export menu: a button that opens the three exports — the map as a PNG, the scores as CSV, the
// passing features as GeoJSON. Each is labelled with what it contains; a failure is said in words.
import { useId, useState } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import './export.css';
import { fillMessage } from '../i18n/fillMessage';
import { EXPORT_MESSAGES, type ExportMessageKey } from './exportMessages';
import { useExportActions } from './useExportActions';

type ExportKind = 'png' | 'csv' | 'geojson';
const KINDS: readonly ExportKind[] = ['png', 'csv', 'geojson'];
const LABELS: Readonly<Record<ExportKind, ExportMessageKey>> = {
  png: 'pngLabel',
  csv: 'csvLabel',
  geojson: 'geojsonLabel',
};

export function ExportMenu() {
  const lang = useAppStore((state) => state.lang);
  const ready = useAppStore((state) => state.dataset !== null);
  const analysed = useAppStore((state) => state.analysis !== null);
  const actions = useExportActions();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const t = (key: ExportMessageKey) => EXPORT_MESSAGES[key][lang];

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setError(null);
    try {
      await actions[kind]();
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      setError(fillMessage(t('failed'), { reason }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export">
      <button
        type="button"
        className="text-button"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="export-toggle"
        onClick={() => setOpen(!open)}
      >
        {t('exportGroup')} ▾
      </button>
      {open && (
        <div
          id={menuId}
          className="export-menu"
          role="group"
          aria-label={t('exportGroup')}
          data-testid="export-menu"
        >
          {KINDS.map((kind) => {
            const enabled = ready && (kind === 'png' || analysed) && busy === null;
            return (
              <button
                key={kind}
                type="button"
                className="text-button"
                aria-label={`${t(kind)} (${t(LABELS[kind])})`}
                title={kind === 'png' || analysed ? t(LABELS[kind]) : t('notReady')}
                disabled={!enabled}
                aria-busy={busy === kind}
                data-export={kind}
                onClick={() => void run(kind)}
              >
                {t(kind)}
              </button>
            );
          })}
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
