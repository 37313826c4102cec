// Cities (GeoNames): small grey dots, area by population, drawn under the infrastructure; no name
// labels (hover names a city): the layer is a demand proxy for the site finder and starts hidden.
import type { City } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { circleLayer } from '../layers/circleLayer';
import { swatch, type LegendEntry } from '../legend/legendEntry';
import { SOLID } from '../style/approxStyle';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import type { MapFamily } from './mapFamily';

const CITY_COLOUR = '#6D6875';

/** 100 k inhabitants → 1.6 px, 1 M → 2.5 px, 10 M → 4.5 px (1 px where unknown). */
export function cityRadius(city: Pick<City, 'population'>): number {
  const population = city.population;
  if (population === undefined || population <= 0) return 1;
  return Math.max(1, Math.sqrt(population / 1e6) * 1.2 + 1.3);
}

export function cityFill(): Rgba {
  return hexToRgba(CITY_COLOUR, 0.7);
}

function legend(theme: Theme): LegendEntry[] {
  return [
    {
      key: 'city',
      label: { en: 'City, area by population (GeoNames)', zh: '城市，面积表示人口（GeoNames）' },
      swatch: swatch('circle', {
        fill: cityFill(),
        stroke: BASEMAP_COLOURS[theme].symbolOutline,
        sizePx: 3,
      }),
    },
  ];
}

export const citiesFamily: MapFamily<City> = {
  layers: (id, cities, options) =>
    circleLayer(
      id,
      cities,
      {
        radiusPx: cityRadius,
        fill: cityFill,
        outline: () => BASEMAP_COLOURS[options.theme].symbolOutline,
        outlineWidthPx: () => 0.5,
        dashArray: () => SOLID,
      },
      options,
    ),
  legend,
  tooltipFields: ['population', 'featureCode', 'countryCode'],
};
