// Scenario features drawn apart from the dataset's: every proposed point gets a dashed magenta ring
// and every proposed line a dashed magenta stroke over its own, so "proposed" reads at a glance on
// any family. Not pickable: hover and click still reach the family's layer beneath.
import { PathStyleExtension } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Atlas, AtlasRecord, LonLat } from '../../domain/atlas';
import { LAYER_IDS } from '../../domain/layerFamilies';
import { hexToRgba } from '../colour';

/** Magenta: no family, fuel or class colour uses it. */
export const PROPOSED_COLOUR = '#E040FB';
const RING_RADIUS_PX = 13;
const RING_WIDTH_PX = 3;
const LINE_WIDTH_PX = 3;
const dashed = new PathStyleExtension({ dash: true });

interface ProposedPath {
  readonly path: readonly (readonly number[])[];
}

/** The proposed records of an atlas: points by position, lines as their paths. */
export function proposedParts(atlas: Atlas): { points: LonLat[]; paths: ProposedPath[] } {
  const points: LonLat[] = [];
  const paths: ProposedPath[] = [];
  for (const layer of LAYER_IDS) {
    for (const record of atlas[layer] as readonly AtlasRecord[]) {
      if (!record.proposed) continue;
      if ('position' in record) points.push(record.position);
      else if (record.geometry.type === 'MultiLineString') {
        for (const path of record.geometry.coordinates) paths.push({ path });
      }
    }
  }
  return { points, paths };
}

export function proposedLayers(atlas: Atlas, visible: boolean) {
  const { points, paths } = proposedParts(atlas);
  const colour = hexToRgba(PROPOSED_COLOUR);
  return [
    new PathLayer<ProposedPath, { getDashArray: [number, number]; dashJustified: boolean }>({
      id: 'proposed:lines',
      data: paths,
      visible: visible && paths.length > 0,
      pickable: false,
      widthUnits: 'pixels',
      getWidth: LINE_WIDTH_PX,
      getPath: (part) => part.path as [number, number][],
      getColor: colour,
      getDashArray: [6, 4],
      dashJustified: true,
      extensions: [dashed],
    }),
    new ScatterplotLayer<LonLat>({
      id: 'proposed:points',
      data: points,
      visible: visible && points.length > 0,
      pickable: false,
      stroked: true,
      filled: false,
      radiusUnits: 'pixels',
      getRadius: RING_RADIUS_PX,
      lineWidthUnits: 'pixels',
      getLineWidth: RING_WIDTH_PX,
      getPosition: (p) => [p[0], p[1]],
      getLineColor: colour,
    }),
  ];
}
