// The legend section of the latency rings, for the legend's `extra` slot; nothing while the rings
// are hidden.
import { RING_LEGEND_TITLE, ringLegend } from '../../map/legend/ringLegend';
import { useAppStore } from '../../state/AppStoreContext';
import { SwatchIcon } from '../SwatchIcon';
import { latencyRingsShown } from '../../map/latencyRingsShown';

export function RingsLegend() {
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const visible = useAppStore(latencyRingsShown);
  if (!visible) return null;
  return (
    <div data-legend="latency_rings">
      <h3>{RING_LEGEND_TITLE[lang]}</h3>
      <ul>
        {ringLegend(lang, theme).map((entry) => (
          <li key={entry.key}>
            <SwatchIcon swatch={entry.swatch} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
