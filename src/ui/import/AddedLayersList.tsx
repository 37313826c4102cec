// The layers the user added from files: name, target layer, feature count and licence as entered,
// and a one-click remove. Names and licences are the user's text and are shown as text only.
import { LAYER_FAMILIES } from '../../domain/layerFamilies';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import { useImportT } from './useImportT';
import './import.css';

export function AddedLayersList() {
  const t = useImportT();
  const lang = useAppStore((state) => state.lang);
  const layers = useAppStore((state) => state.addedLayers);
  const removeLayer = useAppStore((state) => state.removeLayer);
  return (
    <section
      className="added-layers"
      aria-labelledby="added-layers-title"
      data-testid="added-layers"
    >
      <h3 id="added-layers-title">{t('addedLayers')}</h3>
      {layers.length === 0 ? (
        <p className="import-hint">{t('noAddedLayers')}</p>
      ) : (
        <ul>
          {layers.map((layer) => (
            <li key={layer.id} data-added-layer={layer.id}>
              <div className="added-layer-text">
                <strong>{layer.name}</strong>
                <small>
                  {LAYER_FAMILIES[layer.layerId].label[lang]} ·{' '}
                  {formatNumber(layer.records.length, lang)} {t('features')} ·{' '}
                  {layer.licence || t('noLicence')}
                </small>
              </div>
              <button
                type="button"
                className="text-button"
                aria-label={t('removeLayer', { name: layer.name })}
                onClick={() => removeLayer(layer.id)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
