// Progress while the dataset loads, and a clear message if its manifest cannot be read.
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';

export function LoadingOverlay() {
  const t = useT();
  const dataset = useAppStore((state) => state.dataset);
  const progress = useAppStore((state) => state.loadProgress);
  const error = useAppStore((state) => state.loadError);
  if (error) {
    return (
      <div className="loading" role="alert">
        <strong>{t('loadFailed')}</strong>
        <p className="error-text">{error}</p>
      </div>
    );
  }
  if (dataset) return null;
  const total = progress?.totalLayers ?? 0;
  const done = progress?.loadedLayers ?? 0;
  return (
    <div className="loading" role="status" aria-live="polite">
      <div>{t('loading')}</div>
      <progress max={Math.max(total, 1)} value={done} aria-label={t('loading')} />
      {total > 0 && (
        <small>
          {done} / {total} {t('loadingLayers')}
        </small>
      )}
    </div>
  );
}
