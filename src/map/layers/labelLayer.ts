// The one way labels are drawn: a TextLayer in the current language, local CJK fonts with the
// character set taken from the names, a theme halo, pickable so a label answers like its feature.
// Only the labels the placement kept are drawn (the others at size 0, so the layer's buffers stay);
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
import { fadeFiltered, commonTriggers, type LayerOptions } from './layerOptions';
import { VINTAGE_FILTER, vintageFilterProps } from './vintageFilter';

export function labelLayer<R extends FeatureCommon & Dated>(
  id: string,
  records: readonly R[],
  spec: LabelSpec<R>,
  options: LayerOptions<R>,
): TextLayer<R, DataFilterExtensionProps<R>> {
  const colours = BASEMAP_COLOURS[options.theme];
  const colour = fadeFiltered(() => colours.labelText, options);
  const triggers = commonTriggers(options);
  const zoom = options.zoom ?? 0;
  const shown = options.labelShown;
  return new TextLayer<R, DataFilterExtensionProps<R>>({
    ...vintageFilterProps(options, (record: R) => record),
    extensions: [VINTAGE_FILTER],
    id,
    data: records,
    visible: options.visible,
    pickable: true,
    characterSet: options.labelCharacters ?? namesCharacterSet(records),
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: spec.weight ?? 'normal',
    fontSettings: LABEL_FONT_SETTINGS,
    outlineWidth: LABEL_HALO_WIDTH,
    outlineColor: [...colours.labelHalo],
    sizeUnits: 'pixels',
    getSize: (record) => (shown && !shown(record.id) ? 0 : spec.sizePx(record, zoom)),
    opacity: spec.opacity ?? 1,
    getPixelOffset: (record) => {
      const [x, y] = spec.offsetPx?.(record) ?? [0, 0];
      return [x, y];
    },
    getPosition: (record) => spec.position(record) as [number, number],
    getText: (record) => localName(record, options.lang),
    getColor: colour,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    updateTriggers: {
      getText: [options.lang],
      getColor: triggers,
      getSize: [zoom, options.labelShownKey],
    },
  });
}
