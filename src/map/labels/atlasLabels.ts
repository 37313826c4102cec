// Which name labels the map draws at a zoom: every labelled family's candidates (its LabelSpec),
// placed together so no two overlap, hubs first, then provinces, then the rest.
import type { Atlas } from '../../domain/atlas';
import { localName, type Lang } from '../../domain/lang';
import type { LayerId, LayerRecords } from '../../domain/layerFamilies';
import type { LabelSpec, MapFamily } from '../families/mapFamily';
import { LABELLED_LAYER_IDS, MAP_FAMILIES } from '../layerFamilies';
import { placeLabels, type LabelCandidate, type MeasureText } from './placeLabels';

/** The key of a record's label: `layerId:id`. */
export const labelKey = (layerId: LayerId, id: string): string => `${layerId}:${id}`;

function candidatesOf<L extends LayerId>(
  layerId: L,
  records: readonly LayerRecords[L][],
  zoom: number,
  lang: Lang,
): LabelCandidate[] {
  const spec = (MAP_FAMILIES[layerId] as MapFamily<LayerRecords[L]>).labels as
    LabelSpec<LayerRecords[L]> | undefined;
  if (!spec) return [];
  return records.map((record) => ({
    key: labelKey(layerId, record.id),
    position: spec.position(record),
    text: localName(record, lang),
    sizePx: spec.sizePx(record, zoom),
    offsetPx: spec.offsetPx?.(record) ?? [0, 0],
    priority: spec.priority(record),
  }));
}

/** The keys (labelKey) of the labels drawn at `zoom` in `lang`. */
export function placeAtlasLabels(
  atlas: Atlas,
  zoom: number,
  lang: Lang,
  measure: MeasureText,
): Set<string> {
  const candidates = LABELLED_LAYER_IDS.flatMap((id) => candidatesOf(id, atlas[id], zoom, lang));
  const bold = new Set(
    LABELLED_LAYER_IDS.filter((id) => MAP_FAMILIES[id].labels?.weight === 'bold'),
  );
  return placeLabels(candidates, zoom, measure, (c) =>
    bold.has(c.key.slice(0, c.key.indexOf(':')) as LayerId),
  );
}
