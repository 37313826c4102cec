// The one way lines are drawn: a pickable PathLayer over multi-line parts, simplified to what the
// zoom can show, pixel widths (thinner and lighter at national zoom, see zoomStyle), dashed where
// the geometry is schematic, faded when filtered out, hidden outside the as-of view. The hovered or selected line is drawn again on top,
// heavier, by a small layer of its own, so a hover never recomputes the attributes of every part.
import {
  PathStyleExtension,
  type DataFilterExtensionProps,
  type PathStyleExtensionProps,
} from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { FeatureCommon } from '../../domain/atlas';
import type { Dated } from '../../domain/vintage/lifecycle';
import type { MultiLineString } from 'geojson';
import type { Rgba } from '../colour';
import { dashArrayOf } from '../style/approxStyle';
import { lineOpacity, lineWidthScale } from '../style/zoomStyle';
import { emphasisedIndices } from './emphasisedIndices';
import { fadeFiltered, styleTriggers, type LayerOptions } from './layerOptions';
import { deckLinePath, lineParts, type LinePart } from './parts';
import { simplifiedLineParts, toleranceAtZoom } from './simplifiedParts';
import { VINTAGE_FILTER, vintageFilterProps } from './vintageFilter';

/** Extra pixels of width on the hovered or selected line. */
export const EMPHASIS_EXTRA_PX = 2;

const dashed = new PathStyleExtension({ dash: true });

type Extensions<D> = PathStyleExtensionProps<D> & DataFilterExtensionProps<D>;

export interface LineStyle<R> {
  readonly colour: (record: R) => Rgba;
  readonly widthPx: (record: R) => number;
}

export function lineLayer<R extends FeatureCommon & Dated & { geometry: MultiLineString }>(
  id: string,
  records: readonly R[],
  style: LineStyle<R>,
  options: LayerOptions<R>,
): PathLayer<LinePart<R>, Extensions<LinePart<R>>>[] {
  const colour = fadeFiltered(style.colour, options);
  const triggers = styleTriggers(options);
  const zoom = options.zoom ?? 0;
  const parts = simplifiedLineParts(lineParts(records), toleranceAtZoom(zoom));
  const emphasised = emphasisedIndices(records, options);
  const common = {
    ...vintageFilterProps(options, (part: LinePart<R>) => part.record),
    visible: options.visible,
    opacity: lineOpacity(zoom),
    widthScale: lineWidthScale(zoom),
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    getPath: deckLinePath,
    getColor: (part: LinePart<R>) => colour(part.record),
    getDashArray: (part: LinePart<R>) => dashArrayOf(part.record) as [number, number],
    dashUnits: 'pixels',
    dashJustified: true,
  } as const;
  const base = new PathLayer<LinePart<R>, Extensions<LinePart<R>>>({
    ...common,
    extensions: [dashed, VINTAGE_FILTER],
    id,
    data: parts,
    pickable: true,
    getWidth: (part) => style.widthPx(part.record),
    updateTriggers: { getColor: triggers, getWidth: triggers },
  });
  const emphasis = new PathLayer<LinePart<R>, Extensions<LinePart<R>>>({
    ...common,
    // Nothing hovered or selected: not drawn at all (an empty layer still costs a draw).
    visible: options.visible && emphasised.length > 0,
    extensions: [dashed, VINTAGE_FILTER],
    id: `${id}:emphasis`,
    data: parts.filter((part) => emphasised.includes(part.index)),
    pickable: false,
    getWidth: (part) => style.widthPx(part.record) + EMPHASIS_EXTRA_PX,
  });
  return [base, emphasis];
}
