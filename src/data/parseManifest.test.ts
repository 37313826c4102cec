import { describe, expect, it } from 'vitest';
import { parseManifest } from './parseManifest';
import { deepFreeze } from '../domain/testing/deepFreeze';

const head = {
  schema_version: 1,
  id: 'china',
  name: 'China national compute layout',
  name_zh: '全国算力资源布局',
  as_of: '2026-11-27',
  bounds: [73.5, 18.0, 135.1, 53.6],
  attribution: 'Sources: see manifest',
};

const layer = {
  id: 'datacentres',
  file: 'datacentres.geojson',
  feature_count: 100,
  bytes: 61234,
  licence: 'CC BY 4.0',
  as_of: '2026-11-27',
  sources: ['a', 'b'],
  notes: 'approximate',
};

function parse(extra: Record<string, unknown>) {
  return parseManifest(deepFreeze({ ...head, ...extra }));
}

describe('parseManifest', () => {
  it('turns a good manifest into camelCase', () => {
    const fields = { regions: [{ key: 'population_10k', unit: '10k persons', label: 'Population', label_zh: '人口', vintage: '2024', source: 's' }] };
    const result = parse({ layers: [layer], fields });
    expect(result).toEqual({
      ok: true,
      issues: [],
      rejectedLayers: [],
      manifest: {
        schemaVersion: 1,
        id: 'china',
        name: 'China national compute layout',
        nameZh: '全国算力资源布局',
        asOf: '2026-11-27',
        bounds: [73.5, 18.0, 135.1, 53.6],
        attribution: 'Sources: see manifest',
        layers: [
          {
            id: 'datacentres',
            file: 'datacentres.geojson',
            featureCount: 100,
            bytes: 61234,
            licence: 'CC BY 4.0',
            asOf: '2026-11-27',
            sources: ['a', 'b'],
            notes: 'approximate',
          },
        ],
        fields: {
          regions: [{ key: 'population_10k', unit: '10k persons', label: 'Population', labelZh: '人口', vintage: '2024', source: 's' }],
        },
        policyEvents: [],
      },
    });
  });

  it('reads dated policy events oldest first and ignores a badly dated one with a warning', () => {
    const approvals = { id: 'a', date: '2022-02', title: 'Approvals', title_zh: '批复', source: 'hubs.csv', verified: 'source-checked' };
    const plan = { id: 'p', date: '2021-05', title: 'Plan', source: 'recalled' };
    const result = parse({ layers: [layer], policy_events: [approvals, plan, { ...plan, id: 'bad', date: 'May 2021' }] });
    if (!result.ok) throw new Error(result.message);
    expect(result.manifest.policyEvents).toEqual([
      { id: 'p', date: '2021-05', title: { en: 'Plan', zh: 'Plan' }, source: 'recalled' },
      { id: 'a', date: '2022-02', title: { en: 'Approvals', zh: '批复' }, source: 'hubs.csv', verified: 'source-checked' },
    ]);
    expect(result.issues.map((issue) => issue.severity)).toEqual(['warning']);
  });

  it('skips an unknown layer id with a clear error instead of failing', () => {
    const result = parse({ layers: [{ id: 'pipelines', file: 'p.geojson' }, layer] });
    expect(result.ok && result.manifest.layers.map((l) => l.id)).toEqual(['datacentres']);
    expect(result.ok && result.issues[0]).toEqual({
      severity: 'error',
      message: expect.stringMatching(/^manifest.json layers\[0\]: unknown layer id 'pipelines' \(expected one of regions, .*\); layer skipped$/),
    });
  });

  it('skips a layer listed twice, and rejects one with a bad file or a file off the folder origin', () => {
    const result = parse({
      layers: [
        layer,
        { ...layer, file: 'again.geojson' },
        { id: 'hubs', file: 7 },
        { id: 'regions', file: 'https://x.example/r.geojson' },
      ],
    });
    expect(result.ok && result.manifest.layers).toHaveLength(1);
    expect(result.ok && result.issues.map((i) => i.message)).toEqual([
      'manifest.json layers[1]: layer datacentres is listed twice; the later entry is skipped',
    ]);
    expect(result.ok && result.rejectedLayers).toEqual([
      { layerId: 'hubs', issues: [{ severity: 'error', message: expect.stringContaining('manifest.json layers[2] file:') }] },
      {
        layerId: 'regions',
        issues: [
          {
            severity: 'error',
            message: 'manifest.json layers[3] file: must be a path relative to the manifest; layer skipped',
          },
        ],
      },
    ]);
  });

  it('ignores fields of unknown layers and bad descriptions with warnings', () => {
    const result = parse({ layers: [], fields: { pipelines: [], regions: [{ unit: 'GW' }, { key: 'x_gw' }] } });
    expect(result.ok && result.manifest.fields).toEqual({ regions: [{ key: 'x_gw' }] });
    expect(result.ok && result.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('fails with a message naming the file and the path of each bad head value', () => {
    const result = parseManifest({ ...head, bounds: [1, 2, 3], name: '', layers: [] }, 'data/manifest.json');
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('data/manifest.json name:');
    expect(message).toContain('data/manifest.json bounds');
  });

  it('fails on an unsupported schema version and on something that is not an object', () => {
    expect(parse({ schema_version: 2, layers: [] })).toEqual({
      ok: false,
      message: 'manifest.json: schema_version 2 is not supported (this app reads 1)',
    });
    expect(parseManifest(null).ok).toBe(false);
    expect(parseManifest('manifest').ok).toBe(false);
  });
});
