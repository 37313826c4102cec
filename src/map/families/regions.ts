// Regions: a choropleth fill (a colour per region, the dimmed ones faded, no-data grey) drawn just
// beneath the basemap's province borders (MapLibre draws them, interleaved with deck.gl), a heavier
// outline on the hovered or selected region, and region names. The fill is simplified to what the
// zoom can show.
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Region } from '../../domain/atlas';
import { fade, hexToRgba, type Rgba } from '../colour';
import { commonTriggers, fadeFiltered, isEmphasised } from '../layers/layerOptions';
import {
  deckPath,
  deckPolygon,
  polygonParts,
  ringParts,
  type PathPart,
  type PolygonPart,
} from '../layers/parts';
import { simplifiedParts, toleranceAtZoom } from '../layers/simplifiedParts';
import { swatch } from '../legend/legendEntry';
import { NO_DATA_COLOUR } from '../palette';
import { fillBeneathLayerId } from '../basemap/basemapStyle';
import { BASEMAP_COLOURS } from '../theme';
import type { AreaFill, MapFamily } from './mapFamily';

/** Opacity factor (0–1) of dimmed regions. */
export const DIMMED_OPACITY = 0.3;
/** Near-transparent fill without a choropleth: invisible, yet pickable. */
const BARE_FILL: Rgba = [0, 0, 0, 1];

/** The fill of a region: its choropleth colour, no-data grey, or bare without a choropleth. */
export function regionFill(
  region: Pick<Region, 'id'>,
  fill: Pick<AreaFill, 'colours' | 'dimmedIds'> | undefined,
): Rgba {
  if (!fill) return BARE_FILL;
  const colour = fill.colours.get(region.id) ?? hexToRgba(NO_DATA_COLOUR);
  return fill.dimmedIds?.has(region.id) ? fade(colour, DIMMED_OPACITY) : colour;
}

export const regionsFamily: MapFamily<Region> = {
  layers: (id, regions, options) => {
    const parts = simplifiedParts(polygonParts(regions), toleranceAtZoom(options.zoom ?? 0));
    const rings = ringParts(parts);
    const colours = BASEMAP_COLOURS[options.theme];
    const fill = fadeFiltered((region: Region) => regionFill(region, options.areaFill), options);
    const emphasised = rings.filter((ring) => isEmphasised(ring.record.id, options));
    return [
      new SolidPolygonLayer<PolygonPart<Region>, { beforeId?: string }>({
        id,
        beforeId: fillBeneathLayerId(),
        data: parts,
        visible: options.visible,
        pickable: true,
        opacity: 0.85,
        getPolygon: deckPolygon,
        getFillColor: (part) => fill(part.record),
        updateTriggers: { getFillColor: [options.areaFill?.key, ...commonTriggers(options)] },
      }),
      new PathLayer<PathPart<Region>>({
        id: `${id}:emphasis`,
        data: emphasised,
        visible: options.visible && emphasised.length > 0,
        widthUnits: 'pixels',
        getPath: deckPath,
        getColor: colours.ink,
        getWidth: 2.5,
        updateTriggers: { getColor: [options.theme] },
      }),
    ];
  },
  labels: {
    position: (region) => region.labelPosition,
    sizePx: () => 11,
    priority: () => 1,
    opacity: 0.8,
  },
  legend: (theme) => [
    {
      key: 'province',
      label: { en: 'Province-level region', zh: '省级行政区' },
      swatch: swatch('area', {
        stroke: hexToRgba(BASEMAP_COLOURS[theme].provinceBorder),
        fill: hexToRgba(BASEMAP_COLOURS[theme].land),
      }),
    },
  ],
  tooltipFields: [],
};
