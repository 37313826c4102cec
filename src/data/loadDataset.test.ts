import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../domain/layerFamilies';
import type { FetchFn } from './fetchText';
import { DatasetLoadError, loadDataset, type LoadProgress } from './loadDataset';
import { createFixtureFetch, FIXTURES_URL } from './testing/fixtureFetch';

const TINY = `${FIXTURES_URL}tiny/manifest.json`;
const BROKEN = `${FIXTURES_URL}broken/manifest.json`;

describe('loadDataset', () => {
  it('loads every layer of the tiny dataset, resolving files against the manifest URL', async () => {
    const { fetchFn, requests } = createFixtureFetch();
    const { manifest, atlas, layers, manifestIssues } = await loadDataset(TINY, { fetchFn });
    expect(manifest.id).toBe('tiny');
    expect(manifestIssues).toEqual([]);
    expect(layers.map((l) => [l.layerId, l.state, l.featureCount])).toEqual(
      LAYER_IDS.map((id) => [id, 'loaded', atlas[id].length]),
    );
    expect(layers.flatMap((l) => l.issues)).toEqual([]);
    expect(atlas.datacentres.map((d) => d.id)).toEqual(['DC-001', 'DC-002', 'DC-003']);
    expect(atlas.power_lines[0]?.geometry.type).toBe('MultiLineString');
    expect(requests).toContain(`${FIXTURES_URL}tiny/datacentres.geojson`);
    expect(requests).toHaveLength(1 + LAYER_IDS.length);
  });

  it('reports progress after the manifest and after each layer, ending with every byte', async () => {
    const { fetchFn } = createFixtureFetch();
    const seen: LoadProgress[] = [];
    const { layers, manifest } = await loadDataset(TINY, { fetchFn, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.loadedLayers)).toEqual(LAYER_IDS.map((_, i) => i).concat(LAYER_IDS.length));
    const layerBytes = layers.reduce((sum, l) => sum + l.bytes, 0);
    const last = seen.at(-1);
    expect(last?.loadedBytes).toBe((seen[0]?.loadedBytes ?? 0) + layerBytes);
    const announced = manifest.layers.reduce((sum, l) => sum + (l.bytes ?? 0), 0);
    expect(last?.totalBytes).toBe((seen[0]?.loadedBytes ?? 0) + announced);
    expect(last?.loadedBytes).toBe(last?.totalBytes);
  });

  it('keeps loading the other layers when one file is broken, naming the file', async () => {
    const { fetchFn, requests } = createFixtureFetch();
    const { atlas, layers, manifestIssues } = await loadDataset(BROKEN, { fetchFn });
    const byId = Object.fromEntries(layers.map((l) => [l.layerId, l]));
    expect(byId.regions).toMatchObject({ state: 'loaded', featureCount: 2 });
    expect(atlas.regions).toHaveLength(2);
    expect(byId.power_plants).toMatchObject({ state: 'failed', featureCount: 0, file: 'power_plants.txt' });
    expect(byId.power_plants?.issues[0]?.message).toMatch(/^Layer power_plants \(power_plants.txt\) is not valid JSON/);
    expect(byId.power_lines?.issues[0]?.message).toBe(
      "Layer power_lines (power_lines.geojson) is not a GeoJSON FeatureCollection (type is 'Feature')",
    );
    expect(byId.fibre_routes?.issues[0]?.message).toBe(
      'Layer fibre_routes (nowhere.geojson) could not be fetched (HTTP 404 Not Found)',
    );
    expect(byId.hubs).toMatchObject({ state: 'missing', issues: [] });
    expect(byId.network_nodes).toMatchObject({ state: 'failed', featureCount: 0 });
    expect(byId.network_nodes?.issues[0]?.message).toContain(
      'layers[6] file: must be a path relative to the manifest',
    );
    expect(manifestIssues.map((i) => i.message)).toEqual([
      expect.stringContaining("unknown layer id 'pipelines'"),
      expect.stringContaining('fields.pipelines: unknown layer id'),
    ]);
    expect(requests.some((url) => url.includes('elsewhere.example'))).toBe(false);
  });

  it('keeps the valid part of a layer: duplicates, unknown enums and missing numbers', async () => {
    const { fetchFn } = createFixtureFetch();
    const { atlas, layers } = await loadDataset(BROKEN, { fetchFn });
    expect(atlas.datacentres.map((d) => [d.id, d.name, d.kind, d.status, d.capacityMw])).toEqual([
      ['DC-001', 'First', 'other', 'operating', undefined],
      ['DC-004', 'No numbers', 'colocation', 'unknown', undefined],
    ]);
    const issues = layers.find((l) => l.layerId === 'datacentres')?.issues ?? [];
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      expect.stringContaining('feature #1 (id DC-001): duplicate id'),
      expect.stringContaining('feature #2 (id DC-003): geometry is missing'),
    ]);
    expect(issues.map((i) => i.message)).toContainEqual(
      "datacentres feature #0 (id DC-001): capacity_mw is 'abc', expected a number; value dropped",
    );
  });

  it('throws a DatasetLoadError naming the manifest when it is not found', async () => {
    const { fetchFn } = createFixtureFetch();
    const missing = `${FIXTURES_URL}nowhere/manifest.json`;
    await expect(loadDataset(missing, { fetchFn })).rejects.toThrow(DatasetLoadError);
    await expect(loadDataset(missing, { fetchFn })).rejects.toThrow(
      `Dataset manifest ${missing} could not be fetched (HTTP 404 Not Found)`,
    );
  });

  it('throws a DatasetLoadError when the manifest is not JSON or not a manifest', async () => {
    const serve = (body: string): FetchFn => async () => new Response(body);
    await expect(loadDataset('m.json', { fetchFn: serve('<html>') })).rejects.toThrow(/m.json is not valid JSON/);
    await expect(loadDataset('m.json', { fetchFn: serve('{"id":"x"}') })).rejects.toThrow(/Dataset manifest is invalid:\nm.json/);
  });

  it('rejects with the abort reason when the signal is aborted, fetching nothing', async () => {
    const { fetchFn, requests } = createFixtureFetch();
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    await expect(loadDataset(TINY, { fetchFn, signal: controller.signal })).rejects.toThrow('user left');
    expect(requests).toEqual([]);
  });
});
