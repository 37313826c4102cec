// The one way labels are drawn: a TextLayer in the current language, local CJK fonts with the
// character set taken from the names, a theme halo, pickable so a label answers like its feature;
// hidden with its feature outside the as-of view.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';
import type { Dated } from '../../domain/vintage/lifecycle';
import type { FeatureCommon, LonLat } from '../../domain/atlas';
import { localName } from '../../domain/lang';
import { namesCharacterSet } from '../labels/labelCharacterSet';
import { LABEL_FONT_FAMILY, LABEL_FONT_SETTINGS, LABEL_HALO_WIDTH } from '../labels/labelFont';
import { BASEMAP_COLOURS } from '../theme';
import { fadeFiltered, commonTriggers, type LayerOptions } from './layerOptions';
import { VINTAGE_FILTER, vintageFilterProps } from './vintageFilter';

export interface LabelStyle<R> {
  readonly position: (record: R) => LonLat;
  readonly sizePx: (record: R) => number;
  /** Screen offset [x, y] in pixels from the anchor point (y down). */
  readonly offsetPx?: (record: R) => readonly [number, number];
  readonly weight?: 'normal' | 'bold';
  /** Changes whenever `sizePx` would answer differently (an update trigger). */
  readonly sizeKey?: unknown;
  /** Layer opacity 0–1, to let secondary labels recede. */
  readonly opacity?: number;
}

export function labelLayer<R extends FeatureCommon & Dated>(
  id: string,
  records: readonly R[],
  style: LabelStyle<R>,
  options: LayerOptions<R>,
): TextLayer<R, DataFilterExtensionProps<R>> {
  const colours = BASEMAP_COLOURS[options.theme];
  const colour = fadeFiltered(() => colours.labelText, options);
  const triggers = commonTriggers(options);
  return new TextLayer<R, DataFilterExtensionProps<R>>({
    ...vintageFilterProps(options, (record: R) => record),
    extensions: [VINTAGE_FILTER],
    id,
    data: records,
    visible: options.visible,
    pickable: true,
    characterSet: options.labelCharacters ?? namesCharacterSet(records),
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: style.weight ?? 'normal',
    fontSettings: LABEL_FONT_SETTINGS,
    outlineWidth: LABEL_HALO_WIDTH,
    outlineColor: [...colours.labelHalo],
    sizeUnits: 'pixels',
    getSize: style.sizePx,
    opacity: style.opacity ?? 1,
    getPixelOffset: (record) => {
      const [x, y] = style.offsetPx?.(record) ?? [0, 0];
      return [x, y];
    },
    getPosition: (record) => style.position(record) as [number, number],
    getText: (record) => localName(record, options.lang),
    getColor: colour,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    updateTriggers: { getText: [options.lang], getColor: triggers, getSize: [style.sizeKey] },
  });
}
