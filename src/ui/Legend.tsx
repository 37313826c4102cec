// The legend: a compact box in the map's lower-right corner that folds to one button — one section
// per visible layer (plus extra sections, e.g. the score ramp), in the current language and theme.
// It starts open where the map has room and folded on a phone, where it opens as a bottom sheet.
import { useId, useState, type ReactNode } from 'react';
import { LAYER_FAMILIES, LAYER_IDS } from '../domain/layerFamilies';
import { legendFor } from '../map/legend/legendFor';
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';
import { SwatchIcon } from './SwatchIcon';

/** Below this viewport width or height (CSS px) the legend starts folded. */
const ROOMY_WIDTH_PX = 900;
const ROOMY_HEIGHT_PX = 640;

const startsOpen = () =>
  typeof window === 'undefined' ||
  (window.innerWidth >= ROOMY_WIDTH_PX && window.innerHeight >= ROOMY_HEIGHT_PX);

export function Legend({ extra }: { extra?: ReactNode }) {
  const t = useT();
  const bodyId = useId();
  const [open, setOpen] = useState(startsOpen);
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const visibleLayers = useAppStore((state) => state.visibleLayers);
  const dataset = useAppStore((state) => state.dataset);
  const loaded = (id: string) =>
    dataset?.layers.some((s) => s.layerId === id && s.state === 'loaded');
  const shown = LAYER_IDS.filter((id) => visibleLayers.includes(id) && loaded(id)).reverse();
  return (
    <section
      className={open ? 'legend open' : 'legend'}
      aria-labelledby={`${bodyId}-title`}
      data-testid="legend"
    >
      <h2 className="legend-title" id={`${bodyId}-title`}>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {t('legend')}
          <span aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      <div id={bodyId} className="legend-body" hidden={!open}>
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
      </div>
    </section>
  );
}
