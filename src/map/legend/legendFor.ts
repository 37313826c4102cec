// The one entry point the UI calls to render a legend: a layer family's rows (from its map
// module) or a score ramp's, in a language and theme.
import type { LayerId } from '../../domain/layerFamilies';
import type { Lang } from '../../domain/lang';
import { MAP_FAMILIES } from '../layerFamilies';
import type { Theme } from '../theme';
import type { LegendEntry, LocalisedLegendEntry } from './legendEntry';
import { RAMP_LEGENDS, type RampLegendId } from './rampLegends';

export type LegendId = LayerId | RampLegendId;

/** Bilingual legend rows of a layer or a score ramp, for a theme (default light), as drawn at
 * `zoom` (absent: zoomed in, every record as itself). */
export function legendEntries(id: LegendId, theme: Theme = 'light', zoom?: number): LegendEntry[] {
  return id in RAMP_LEGENDS
    ? RAMP_LEGENDS[id as RampLegendId]()
    : MAP_FAMILIES[id as LayerId].legend(theme, zoom);
}

/** Legend rows of a layer or ramp with labels in `lang` (default Chinese). */
export function legendFor(
  id: LegendId,
  lang: Lang = 'zh',
  theme: Theme = 'light',
  zoom?: number,
): LocalisedLegendEntry[] {
  return legendEntries(id, theme, zoom).map((entry) => ({
    key: entry.key,
    label: entry.label[lang],
    swatch: entry.swatch,
  }));
}
