// The legend a picture carries: the score colours of the regions (when they are shown), then one
// titled section per layer that is visible and loaded, top layer first (as the on-screen legend).
import { LAYER_FAMILIES, LAYER_IDS, type LayerId } from '../../domain/layerFamilies';
import type { Lang } from '../../domain/lang';
import { legendFor } from '../../map/legend/legendFor';
import { hexToRgba } from '../../map/colour';
import { swatch, type LocalisedLegendEntry } from '../../map/legend/legendEntry';
import { LEGEND_NO_DATA_COLOUR, type ScoreLegendModel } from '../score/scoreLegend';
import { SCORE_MESSAGES } from '../score/scoreMessages';
import type { Theme } from '../../map/theme';

export interface LegendSection {
  /** A layer id, or `score` for the regions' score colours. */
  readonly key: LayerId | 'score';
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
      key: layerId,
      title: LAYER_FAMILIES[layerId].label[lang],
      entries: legendFor(layerId, lang, theme),
    }));
}

const area = (key: string, label: string, hex: string): LocalisedLegendEntry => ({
  key,
  label,
  swatch: swatch('area', { fill: hexToRgba(hex) }),
});

/** The score legend (classes of D, or a ramp's ends) as a section; legendFor gives the ramp colours. */
export function scoreSection(model: ScoreLegendModel, lang: Lang): LegendSection {
  const noData = area('no_data', SCORE_MESSAGES.noData[lang], LEGEND_NO_DATA_COLOUR);
  if (model.kind === 'classes') {
    const rows = model.rows.map((row) => area(row.key, `${row.label} ${row.range}`, row.colour));
    return { key: 'score', title: model.title, entries: [...rows, noData] };
  }
  const ramp = legendFor('indicator', lang).filter((entry) => entry.key !== 'no_data');
  const ends = [model.minLabel, model.maxLabel];
  const entries = ramp.map((entry, index) => {
    const end = index === 0 ? ends[0] : index === ramp.length - 1 ? ends[1] : undefined;
    return end ? { ...entry, label: `${entry.label} (${end})` } : entry;
  });
  return { key: 'score', title: model.title, entries: [...entries, noData] };
}
