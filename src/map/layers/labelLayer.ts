// The one way labels are drawn: a TextLayer in the current language, local CJK fonts with the
// character set taken from the names, a theme halo, pickable so a label answers like its feature.
// Only the labels the placement kept are in the layer's data, so no glyph of a dropped label costs
// a vertex in any frame (the kept set changes only when the zoom settles or the language changes);
// a label is hidden with its feature outside the as-of view.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';
import type { FeatureCommon } from '../../domain/atlas';
import type { Dated } from '../../domain/vintage/lifecycle';
import { localName } from '../../domain/lang';
import type { LabelSpec } from '../families/mapFamily';
import { namesCharacterSet } from '../labels/labelCharacterSet';
import { LABEL_FONT_FAMILY, LABEL_FONT_SETTINGS, LABEL_HALO_WIDTH } from '../labels/labelFont';
import { BASEMAP_COLOURS } from '../theme';
import type { Indexed } from './indexed';
import { fadeFiltered, commonTriggers, type LayerOptions } from './layerOptions';
import { VINTAGE_FILTER, vintageFilterProps } from './vintageFilter';

const keptCache = new WeakMap<object, { key: unknown; kept: readonly unknown[] }>();

/** The records whose labels were kept, with their index (for picking); the same array while the
 * records and the placement are. */
function keptRecords<R extends FeatureCommon>(
  records: readonly R[],
  options: LayerOptions<R>,
): readonly Indexed<R>[] {
  const shown = options.labelShown ?? (() => true);
  const key = options.labelShownKey ?? 'all';
  const cached = keptCache.get(records);
  if (cached && cached.key === key) return cached.kept as readonly Indexed<R>[];
  const kept = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => shown(record.id));
  keptCache.set(records, { key, kept });
  return kept;
}

export function labelLayer<R extends FeatureCommon & Dated>(
  id: string,
  records: readonly R[],
  spec: LabelSpec<R>,
  options: LayerOptions<R>,
): TextLayer<Indexed<R>, DataFilterExtensionProps<Indexed<R>>> {
  const colours = BASEMAP_COLOURS[options.theme];
  const colour = fadeFiltered(() => colours.labelText, options);
  const triggers = commonTriggers(options);
  const zoom = options.zoom ?? 0;
  return new TextLayer<Indexed<R>, DataFilterExtensionProps<Indexed<R>>>({
    ...vintageFilterProps(options, ({ record }: Indexed<R>) => record),
    extensions: [VINTAGE_FILTER],
    id,
    data: keptRecords(records, options),
    visible: options.visible,
    pickable: true,
    characterSet: options.labelCharacters ?? namesCharacterSet(records),
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: spec.weight ?? 'normal',
    fontSettings: LABEL_FONT_SETTINGS,
    outlineWidth: LABEL_HALO_WIDTH,
    outlineColor: [...colours.labelHalo],
    sizeUnits: 'pixels',
    getSize: ({ record }) => spec.sizePx(record, zoom),
    opacity: spec.opacity ?? 1,
    getPixelOffset: ({ record }) => {
      const [x, y] = spec.offsetPx?.(record) ?? [0, 0];
      return [x, y];
    },
    getPosition: ({ record }) => spec.position(record) as [number, number],
    getText: ({ record }) => localName(record, options.lang),
    getColor: ({ record }) => colour(record),
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    updateTriggers: {
      getText: [options.lang],
      getColor: triggers,
      getSize: [zoom],
    },
  });
}
