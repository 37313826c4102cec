// Natural Earth land and country borders (world-atlas, 1:50m) as GeoJSON, bundled with the app
// so the basemap needs no tiles; converted from TopoJSON once, on first use.
import type { FeatureCollection, MultiLineString, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldText from 'world-atlas/countries-50m.json?raw';

export interface WorldGeometry {
  readonly land: FeatureCollection<Geometry>;
  /** Borders between two countries (coastlines excluded). */
  readonly countryBorders: MultiLineString;
}

type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let cached: WorldGeometry | undefined;

/** Land polygons and inland country borders of the world; computed once and reused. */
export function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const topology = JSON.parse(worldText) as WorldTopology;
  const land = feature(topology, topology.objects.land);
  const countryBorders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  cached = { land, countryBorders };
  return cached;
}
