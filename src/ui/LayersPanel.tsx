// The layer list: a labelled switch per layer with its feature count, and the reason when a layer
// failed to load (the other layers still show).
import { LAYER_FAMILIES, LAYER_IDS } from '../domain/layerFamilies';
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';
import { formatNumber } from './details/formatValue';

export function LayersPanel() {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const dataset = useAppStore((state) => state.dataset);
  const visibleLayers = useAppStore((state) => state.visibleLayers);
  const setLayerVisible = useAppStore((state) => state.setLayerVisible);
  const statuses = dataset?.layers ?? [];
  return (
    <ul className="layer-list" aria-label={t('tabLayers')}>
      {LAYER_IDS.map((layerId) => {
        const status = statuses.find((s) => s.layerId === layerId);
        if (status?.state === 'missing') return null;
        const errors = status?.issues.filter((issue) => issue.severity === 'error') ?? [];
        const warnings = status?.issues.filter((issue) => issue.severity === 'warning') ?? [];
        return (
          <li key={layerId} data-layer={layerId}>
            <label>
              <input
                type="checkbox"
                checked={visibleLayers.includes(layerId)}
                onChange={(event) => setLayerVisible(layerId, event.target.checked)}
              />
              <span>{t(LAYER_FAMILIES[layerId].label)}</span>
              {status?.state === 'loaded' && (
                <span className="layer-count">
                  {formatNumber(status.featureCount, lang)} {t('features')}
                </span>
              )}
            </label>
            {status?.state === 'failed' && (
              <p className="error-text" role="alert">
                {t('layerFailed')}: {errors.map((issue) => issue.message).join('; ')}
              </p>
            )}
            {status?.state === 'loaded' && errors.length + warnings.length > 0 && (
              <details>
                <summary>
                  {errors.length + warnings.length} {t('layerIssues')}
                </summary>
                <ul>
                  {[...errors, ...warnings].slice(0, 20).map((issue, index) => (
                    <li key={index}>{issue.message}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
