import { describe, expect, it } from 'vitest';
import { decodeState } from './decodeState';
import { migrateV1toV2 } from './migrateV1toV2';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS } from './shareableState';

const codes = (hash: string) => decodeState(hash).notices.map((n) => `${n.code}:${n.key ?? ''}`);

describe('migrateV1toV2', () => {
  it('rewrites each v1 pair as its v2 pair', () => {
    const v1 = new Map([
      ['map', '6.5/26.6/106.7'],
      ['layers', 'regions,datacentres'],
      ['theme', 'dark'],
      ['lang', 'en'],
      ['region', 'CN-GZ'],
    ]);
    expect(Object.fromEntries(migrateV1toV2(v1))).toEqual({
      v: '2',
      c: '106.7,26.6,6.5',
      ly: 'rg,dc',
      t: 'd',
      l: 'en',
      s: 'regions:CN-GZ',
    });
  });

  it('carries bearing and pitch when the v1 camera had them', () => {
    expect(migrateV1toV2(new Map([['map', '4/30/110/15/45']])).get('c')).toBe('110,30,4,15,45');
  });

  it('leaves out v1 keys that have no meaning in v2', () => {
    expect([...migrateV1toV2(new Map([['debug', '1']])).keys()]).toEqual(['v']);
  });
});

describe('decodeState on a v1 link', () => {
  it('opens it as the same view, and says it was migrated', () => {
    const { state } = decodeState(
      '#map=6.5/26.6/106.7&layers=regions,hubs&theme=dark&region=CN-GZ',
    );
    expect(state).toEqual({
      ...DEFAULTS,
      camera: { longitude: 106.7, latitude: 26.6, zoom: 6.5, bearing: 0, pitch: 0 },
      theme: 'dark',
      visibleLayers: ['regions', 'hubs'],
      selection: { layerId: 'regions', id: 'CN-GZ' },
    });
    expect(codes('#map=6.5/26.6/106.7')).toEqual(['migrated:v']);
  });

  it('also migrates a link that says v=1', () => {
    expect(decodeState('#v=1&map=5/30/120').state.camera).toMatchObject({
      longitude: 120,
      zoom: 5,
    });
  });

  it('drops unknown v1 layers and falls back on a broken v1 camera, key by key', () => {
    const { state } = decodeState('#map=5/north/120&layers=regions,tiles&lang=en');
    expect(state.camera).toEqual(DEFAULTS.camera);
    expect(state.visibleLayers).toEqual(['regions']);
    expect(state.lang).toBe('en');
    expect(codes('#map=5/north/120&layers=regions,tiles')).toEqual([
      'migrated:v',
      'malformed:c',
      'dropped:ly',
    ]);
  });

  it('checks a migrated region against the dataset like any other', () => {
    const context = { knownRegionIds: new Set(['CN-GZ']) };
    expect(decodeState('#map=5/30/120&region=CN-XX', context).state.selection).toBeNull();
  });
});
