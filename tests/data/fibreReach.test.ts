// Every mainland provincial capital reaches every other and the demand hubs over the committed
// fibre graph, as the app computes it: layers parsed with src/data's parseLayer, the graph built by
// src/domain/network/buildFibreGraph and latencies from latencyToDemand / latencyForAtlas.
import { resolve } from 'node:path';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { parseLayer } from '../../src/data/parseLayer';
import { emptyAtlas, type Hub } from '../../src/domain/atlas';
import { DEFAULT_SNAP_TOLERANCE_KM } from '../../src/domain/constraints/createConstraintContext';
import { buildFibreGraph } from '../../src/domain/network/buildFibreGraph';
import { latencyForAtlas } from '../../src/domain/network/latencyForAtlas';
import { latencyToDemand, type LatencyTarget } from '../../src/domain/network/latencyToDemand';
import { DEFAULT_LATENCY_SETTINGS } from '../../src/domain/network/latencySettings';
import { MAINLAND_ISO_IDS } from '../../scripts/buildData/provinces';
import { CAPITALS } from './capitals';
import { DATA_DIR, layer } from './committedData';

const routes = parseLayer('fibre_routes', { type: 'FeatureCollection', features: layer('fibre_routes') });
const hubs = parseLayer('hubs', { type: 'FeatureCollection', features: layer('hubs') }).records;
const regions = parseLayer('regions', { type: 'FeatureCollection', features: layer('regions') }).records;
const graph = buildFibreGraph(routes.records, { snapToleranceKm: DEFAULT_SNAP_TOLERANCE_KM });

const capitals: LatencyTarget[] = MAINLAND_ISO_IDS.map((id) => {
  const capital = CAPITALS[id];
  if (!capital) throw new Error(`no capital for ${id}`);
  return { id, position: [capital[1], capital[2]] };
});

const unreachable = (demand: readonly Hub[]) =>
  latencyToDemand(graph, demand, capitals, DEFAULT_LATENCY_SETTINGS)
    .map((result, i) => (result.status === 'fibre' ? undefined : capitals[i]!.id))
    .filter((id) => id !== undefined);

describe('the committed fibre graph', () => {
  it('draws each corridor through every city its row lists, in order, at the row’s coordinates', () => {
    const rows = readCsv(resolve(DATA_DIR, 'sources/fibre_corridors.csv'));
    const features = layer('fibre_routes');
    expect(features.map((f) => f.properties.id)).toEqual(rows.map((r) => r.id));
    rows.forEach((row, i) => {
      const cities = (row.cities ?? '').split(';').map((c) => c.trim());
      const coords = (row.city_coords ?? '').split(';').map((pair) => pair.trim().split(/\s+/).map(Number));
      expect(features[i]?.properties.cities, row.id).toEqual(cities);
      expect((features[i]?.geometry as LineString).coordinates, row.id).toEqual(coords);
    });
  });

  it('is read by the app’s parser without dropping a route', () => {
    expect(routes.records).toHaveLength(layer('fibre_routes').length);
    expect(routes.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reaches the default demand hubs from every mainland provincial capital', () => {
    expect(unreachable(hubs)).toEqual([]);
  });

  it('connects every mainland provincial capital with every other', () => {
    const template = hubs[0]!;
    for (const from of capitals) {
      const demand: Hub = { ...template, id: from.id, type: 'hub', role: 'east_demand', position: from.position };
      expect(unreachable([demand]), `from ${from.id}`).toEqual([]);
    }
  });

  it('gives every mainland province a finite latency to demand', () => {
    const atlas = { ...emptyAtlas(), regions, hubs };
    const latency = latencyForAtlas(graph, atlas, DEFAULT_LATENCY_SETTINGS);
    const missing = MAINLAND_ISO_IDS.filter((id) => {
      const result = latency.regions.get(id);
      return result?.status !== 'fibre' || !Number.isFinite(result.latencyMs);
    });
    expect(missing).toEqual([]);
  });
});
