import { describe, expect, it } from 'vitest';
import { createImportEngine } from './importEngine';
import type { ImportResponse } from './importProtocol';

function expectType<T extends ImportResponse['type']>(response: ImportResponse, type: T) {
  expect(response.type).toBe(type);
  return response as Extract<ImportResponse, { type: T }>;
}

const CSV = [
  'site,operator,mw,lat,lon,kind',
  'Gui-an Campus,Acme,120,26.4,106.6,Hyperscale Campus',
  'Ulanqab Park,Beta,"1,200",41.0,113.1,colocation',
].join('\n');

describe('createImportEngine', () => {
  it('answers a read with a preview of a generic CSV: count, columns and a mapping guess', () => {
    const engine = createImportEngine();
    const { preview, id } = expectType(
      engine.handle({ type: 'read', id: 3, fileName: 'sites.csv', text: CSV }),
      'read',
    );
    expect(id).toBe(3);
    expect(preview.format).toBe('csv');
    expect(preview.featureCount).toBe(2);
    expect(preview.columns).toEqual(['site', 'operator', 'mw', 'kind']);
    expect(preview.mapping).toMatchObject({
      name: 'site',
      capacity_mw: 'mw',
      operator: 'operator',
    });
    expect(preview.suggestedLayer).toBe('datacentres');
  });

  it('maps the held file onto records of the chosen layer with the edited mapping', () => {
    const engine = createImportEngine();
    engine.handle({ type: 'read', id: 1, fileName: 'sites.csv', text: CSV });
    const { result } = expectType(
      engine.handle({
        type: 'finish',
        id: 2,
        readId: 1,
        layerId: 'datacentres',
        mapping: { name: 'site', capacity_mw: 'mw', kind: 'kind' },
        source: 'My survey',
      }),
      'finished',
    );
    expect(result.records).toHaveLength(2);
    const [first, second] = result.records as readonly {
      name: string;
      capacityMw?: number;
      kind: string;
      source: string;
      position: readonly number[];
    }[];
    expect(first).toMatchObject({
      name: 'Gui-an Campus',
      capacityMw: 120,
      kind: 'hyperscale_campus',
      source: 'My survey',
    });
    expect(first?.position).toEqual([106.6, 26.4]);
    expect(second?.capacityMw).toBe(1200);
    expect(result.droppedCount).toBe(0);
  });

  it('counts features the chosen layer cannot hold as dropped, with the parser message', () => {
    const engine = createImportEngine();
    engine.handle({ type: 'read', id: 1, fileName: 'sites.csv', text: CSV });
    const { result } = expectType(
      engine.handle({
        type: 'finish',
        id: 2,
        readId: 1,
        layerId: 'power_lines',
        mapping: {},
        source: '',
      }),
      'finished',
    );
    expect(result.records).toHaveLength(0);
    expect(result.droppedCount).toBe(2);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('reports a broken file in the preview and holds nothing to finish', () => {
    const engine = createImportEngine();
    const { preview } = expectType(
      engine.handle({ type: 'read', id: 1, fileName: 'broken.geojson', text: '{"type": "Feature' }),
      'read',
    );
    expect(preview.featureCount).toBe(0);
    expect(preview.report.fatalReason).toBe('truncated_json');
    const answer = expectType(
      engine.handle({
        type: 'finish',
        id: 2,
        readId: 1,
        layerId: 'datacentres',
        mapping: {},
        source: '',
      }),
      'error',
    );
    expect(answer.id).toBe(2);
  });

  it('refuses a finish for a read that a newer read replaced', () => {
    const engine = createImportEngine();
    engine.handle({ type: 'read', id: 1, fileName: 'a.csv', text: CSV });
    engine.handle({ type: 'read', id: 2, fileName: 'b.csv', text: CSV });
    const stale = engine.handle({
      type: 'finish',
      id: 3,
      readId: 1,
      layerId: 'datacentres',
      mapping: {},
      source: '',
    });
    expect(stale.type).toBe('error');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const engine = createImportEngine();
    const { preview } = expectType(
      engine.handle({
        type: 'read',
        id: 1,
        fileName: 'big.geojson',
        text: '['.padEnd(2000, ' '),
        maxBytes: 1000,
      }),
      'read',
    );
    expect(preview.report.fatalReason).toBe('file_too_large');
  });

  it('answers a malformed message with an error instead of throwing', () => {
    const engine = createImportEngine();
    expect(engine.handle({ type: 'explode', id: 9 })).toEqual({
      type: 'error',
      id: 9,
      message: 'Unknown request',
    });
    expect(engine.handle(null).type).toBe('error');
  });

  it('sends GeoJSON in the file schema to its layer unchanged, keeping its properties', () => {
    const engine = createImportEngine();
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 30],
              [101, 31],
            ],
          },
          properties: {
            id: 'L1',
            name: 'Line',
            voltage_kv: 800,
            current: 'DC',
            source: 'x',
            approx: true,
          },
        },
      ],
    });
    const { preview } = expectType(
      engine.handle({ type: 'read', id: 1, fileName: 'l.geojson', text }),
      'read',
    );
    expect(preview.suggestedLayer).toBe('power_lines');
    const { result } = expectType(
      engine.handle({
        type: 'finish',
        id: 2,
        readId: 1,
        layerId: 'power_lines',
        mapping: preview.mapping,
        source: '',
      }),
      'finished',
    );
    expect(result.records[0]).toMatchObject({
      id: 'L1',
      voltageKv: 800,
      current: 'DC',
      source: 'x',
    });
  });
});
