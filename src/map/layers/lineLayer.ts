// The one way lines are drawn: a pickable PathLayer over multi-line parts, pixel widths,
// dashed where the geometry is schematic, heavier when hovered or selected, faded when filtered out.
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { FeatureCommon } from '../../domain/atlas';
import type { MultiLineString } from 'geojson';
import type { Rgba } from '../colour';
import { dashArrayOf } from '../style/approxStyle';
import { commonTriggers, fadeFiltered, isEmphasised, type LayerOptions } from './layerOptions';
import { deckPath, pathParts, type PathPart } from './parts';

/** Extra pixels of width on the hovered or selected line. */
export const EMPHASIS_EXTRA_PX = 2;

const dashed = new PathStyleExtension({ dash: true });

export interface LineStyle<R> {
  readonly colour: (record: R) => Rgba;
  readonly widthPx: (record: R) => number;
}

export function lineLayer<R extends FeatureCommon & { geometry: MultiLineString }>(
  id: string,
  records: readonly R[],
  style: LineStyle<R>,
  options: LayerOptions<R>,
): PathLayer<PathPart<R>, PathStyleExtensionProps<PathPart<R>>> {
  const colour = fadeFiltered(style.colour, options);
  const triggers = commonTriggers(options);
  return new PathLayer<PathPart<R>, PathStyleExtensionProps<PathPart<R>>>({
    id,
    data: pathParts(records),
    visible: options.visible,
    pickable: true,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    getPath: deckPath,
    getColor: (part) => colour(part.record),
    getWidth: (part) =>
      style.widthPx(part.record) + (isEmphasised(part.record.id, options) ? EMPHASIS_EXTRA_PX : 0),
    getDashArray: (part) => dashArrayOf(part.record) as [number, number],
    dashUnits: 'pixels',
    dashJustified: true,
    extensions: [dashed],
    updateTriggers: { getColor: triggers, getWidth: triggers },
  });
}
