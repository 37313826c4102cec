// The legend: one section per visible layer (plus any extra sections, e.g. the score ramp), in the
// current language and theme. Layer sections fold open on demand so the legend leaves the map visible.
import { LAYER_FAMILIES, LAYER_IDS } from '../domain/layerFamilies';
import type { ReactNode } from 'react';
import { legendFor } from '../map/legend/legendFor';
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';
import { SwatchIcon } from './SwatchIcon';

export function Legend({ extra }: { extra?: ReactNode }) {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const visibleLayers = useAppStore((state) => state.visibleLayers);
  const dataset = useAppStore((state) => state.dataset);
  const loaded = (id: string) =>
    dataset?.layers.some((s) => s.layerId === id && s.state === 'loaded');
  const shown = LAYER_IDS.filter((id) => visibleLayers.includes(id) && loaded(id)).reverse();
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="visually-hidden">
        {t('legend')}
      </h2>
      {extra}
      {shown.map((layerId) => (
        <details key={layerId} data-legend={layerId} className="legend-section">
          <summary>
            <h3>{t(LAYER_FAMILIES[layerId].label)}</h3>
          </summary>
          <ul>
            {legendFor(layerId, lang, theme).map((entry) => (
              <li key={entry.key}>
                <SwatchIcon swatch={entry.swatch} />
                <span>{entry.label}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
