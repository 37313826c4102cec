// The one way point sites are drawn: a pickable ScatterplotLayer in pixel sizes, largest first so
// small sites stay on top, outlines dashed when the location is approximate, emphasis on hover
// or selection, faded when filtered out.
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { FeatureCommon, LonLat } from '../../domain/atlas';
import type { Rgba } from '../colour';
import { pointDashArrayOf } from '../style/approxStyle';
import { commonTriggers, fadeFiltered, isEmphasised, type LayerOptions } from './layerOptions';
import { largestFirst, type Indexed } from './indexed';

/** Extra pixels of radius on the hovered or selected site. */
export const EMPHASIS_EXTRA_RADIUS_PX = 3;

const dashedOutline = new PathStyleExtension({ dash: true });

export interface CircleStyle<R> {
  readonly radiusPx: (record: R) => number;
  readonly fill: (record: R) => Rgba;
  readonly outline: (record: R) => Rgba;
  readonly outlineWidthPx: (record: R) => number;
  /** False draws rings only, so what lies inside stays hoverable (default true). */
  readonly filled?: boolean;
}

export function circleLayer<R extends FeatureCommon & { position: LonLat }>(
  id: string,
  records: readonly R[],
  style: CircleStyle<R>,
  options: LayerOptions<R>,
): ScatterplotLayer<Indexed<R>, PathStyleExtensionProps<Indexed<R>>> {
  const fill = fadeFiltered(style.fill, options);
  const outline = fadeFiltered(style.outline, options);
  const triggers = commonTriggers(options);
  const emphasis = (item: Indexed<R>) => isEmphasised(item.record.id, options);
  return new ScatterplotLayer<Indexed<R>, PathStyleExtensionProps<Indexed<R>>>({
    id,
    data: largestFirst(records, style.radiusPx),
    visible: options.visible,
    pickable: true,
    stroked: true,
    filled: style.filled ?? true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (item) => item.record.position as [number, number],
    getRadius: (item) =>
      style.radiusPx(item.record) + (emphasis(item) ? EMPHASIS_EXTRA_RADIUS_PX : 0),
    getFillColor: (item) => fill(item.record),
    getLineColor: (item) => outline(item.record),
    getLineWidth: (item) => style.outlineWidthPx(item.record) + (emphasis(item) ? 1 : 0),
    getDashArray: (item) => pointDashArrayOf(item.record) as [number, number],
    extensions: [dashedOutline],
    updateTriggers: {
      getRadius: triggers,
      getFillColor: triggers,
      getLineColor: triggers,
      getLineWidth: triggers,
    },
  });
}
