// The legend a picture carries: one titled section per layer that is visible and loaded, top layer
// first (as the on-screen legend), rows in the current language and theme.
import { LAYER_IDS, type LayerId } from '../../domain/layerIds';
import type { Lang } from '../../domain/lang';
import { legendFor } from '../../map/legend/legendFor';
import type { LocalisedLegendEntry } from '../../map/legend/legendEntry';
import type { Theme } from '../../map/theme';
import { MESSAGES } from '../i18n/messages';
import { LAYER_LABEL_KEYS } from '../layerLabels';

export interface LegendSection {
  readonly layerId: LayerId;
  readonly title: string;
  readonly entries: readonly LocalisedLegendEntry[];
}

export function legendSections(
  visible: readonly LayerId[],
  loaded: (layerId: LayerId) => boolean,
  lang: Lang,
  theme: Theme,
): LegendSection[] {
  return LAYER_IDS.filter((id) => visible.includes(id) && loaded(id))
    .reverse()
    .map((layerId) => ({
      layerId,
      title: MESSAGES[LAYER_LABEL_KEYS[layerId]][lang],
      entries: legendFor(layerId, lang, theme),
    }));
}
