// One feature per layer whose pixels the browser tests watch when the layer is switched off,
// chosen on the default dataset where the national view shows it clear of the panels.
// `alone`: nothing else is drawn within `radiusPx` of it at the national view (checked in node
// over data/*.geojson of the second edition, wind farms included: ≥ 0.6° to any other feature,
// line or province outline, and clear of every label's box).

export interface LayerProbe {
  readonly layerId: string;
  readonly featureId: string;
  /** For lines: a point near the part of the route to watch, [lon, lat] degrees. */
  readonly hint?: readonly [number, number];
  /** Where the national view draws the feature when not at its own position, [lon, lat]. */
  readonly drawnAt?: readonly [number, number];
  /** Half-width of the pixel square read, in device pixels. */
  readonly radiusPx: number;
  /** True when switching the layer off must leave one plain colour (basemap or region fill). */
  readonly alone: boolean;
}

export const LAYER_PROBES: readonly LayerProbe[] = [
  // Xinjiang's label, drawn by the regions layer's TextLayer.
  { layerId: 'regions', featureId: 'CN-XJ', radiusPx: 8, alone: false },
  // Jinshang–Hubei UHV DC crossing north-western Sichuan, 0.77° from anything else.
  { layerId: 'power_lines', featureId: 'DC22', hint: [102.41, 32.47], radiusPx: 3, alone: true },
  // ERMC fibre towards Ulaanbaatar, far from any other feature.
  { layerId: 'fibre_routes', featureId: 'FB-I4', hint: [109.4, 45.8], radiusPx: 3, alone: true },
  // Yimin coal plant (3.4 GW) in Hulunbuir, 0.63° from anything else (a small wind farm; the
  // 4 px window stays inside the plant's 5.8 px disc).
  { layerId: 'power_plants', featureId: 'COAL-033', radiusPx: 4, alone: true },
  // Jiuquan wind base in the west (Gansu), among wind farms.
  { layerId: 'power_plants', featureId: 'WIND-001', radiusPx: 3, alone: false },
  // An operating wind farm at Yakeshi (Hulunbuir): nationally it is one of six phases summed in
  // a hexagon bin (300 MW, a 2.5 px circle) drawn at their capacity-weighted centre near Hailar.
  {
    layerId: 'wind_farms',
    featureId: 'G100000902358',
    drawnAt: [120.0715, 49.301],
    radiusPx: 2,
    alone: false,
  },
  // Shenyang backbone point: the one node not sharing its place with a hub.
  { layerId: 'network_nodes', featureId: 'BB07', radiusPx: 3, alone: false },
  // China Mobile Ya'an: the data centre farthest from other features.
  { layerId: 'datacentres', featureId: 'DCF060', radiusPx: 3, alone: false },
  // Gansu hub ring (with the Qingyang cluster ring inside it).
  { layerId: 'hubs', featureId: 'HUB-GS', radiusPx: 24, alone: false },
];
