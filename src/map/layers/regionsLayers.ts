// Regions: a choropleth fill (per-region colour, dimmed set, no-data grey), province outlines
// above it, and a heavier outline on the hovered or selected region. Ids: regions, regions:*.
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Region } from '../../domain/atlas';
import { fade, hexToRgba, type Rgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { BASEMAP_COLOURS } from '../theme';
import { commonTriggers, fadeFiltered, isEmphasised, type LayerOptions } from './layerOptions';
import {
  deckPath,
  deckPolygon,
  polygonParts,
  ringParts,
  type PathPart,
  type PolygonPart,
} from './parts';

export interface RegionLayerOptions extends LayerOptions<Region> {
  /** Fill per region id; when given, regions missing from it are no-data grey. */
  readonly fillColours?: ReadonlyMap<string, Rgba>;
  /** Regions drawn faded (e.g. outside the current comparison). */
  readonly dimmedIds?: ReadonlySet<string>;
  /** Changes whenever `fillColours` or `dimmedIds` change (an update trigger). */
  readonly fillKey?: string | number;
}

/** Opacity factor (0–1) of dimmed regions. */
export const DIMMED_OPACITY = 0.3;
/** Near-transparent fill without a choropleth: invisible, yet pickable. */
const BARE_FILL: Rgba = [0, 0, 0, 1];

/** The fill of a region under the options: its choropleth colour, no-data grey, or bare. */
export function regionFill(
  region: Pick<Region, 'id'>,
  options: Pick<RegionLayerOptions, 'fillColours' | 'dimmedIds'>,
): Rgba {
  if (!options.fillColours) return BARE_FILL;
  const colour = options.fillColours.get(region.id) ?? hexToRgba(NO_DATA_COLOUR);
  return options.dimmedIds?.has(region.id) ? fade(colour, DIMMED_OPACITY) : colour;
}

export function regionsLayers(regions: readonly Region[], options: RegionLayerOptions): Layer[] {
  const parts = polygonParts(regions);
  const rings = ringParts(parts);
  const colours = BASEMAP_COLOURS[options.theme];
  const fill = fadeFiltered((region: Region) => regionFill(region, options), options);
  const emphasised = rings.filter((ring) => isEmphasised(ring.record.id, options));
  return [
    new SolidPolygonLayer<PolygonPart<Region>>({
      id: 'regions',
      data: parts,
      visible: options.visible,
      pickable: true,
      opacity: 0.85,
      getPolygon: deckPolygon,
      getFillColor: (part) => fill(part.record),
      updateTriggers: { getFillColor: [options.fillKey, ...commonTriggers(options)] },
    }),
    new PathLayer<PathPart<Region>>({
      id: 'regions:outline',
      data: rings,
      visible: options.visible,
      widthUnits: 'pixels',
      getPath: deckPath,
      getColor: hexToRgba(colours.provinceBorder),
      getWidth: 1,
      updateTriggers: { getColor: [options.theme] },
    }),
    new PathLayer<PathPart<Region>>({
      id: 'regions:emphasis',
      data: emphasised,
      visible: options.visible,
      widthUnits: 'pixels',
      getPath: deckPath,
      getColor: colours.ink,
      getWidth: 2.5,
      updateTriggers: { getColor: [options.theme] },
    }),
  ];
}
