import { describe, expect, it } from 'vitest';
import type { FetchFn } from '../data';
import { createFixtureFetch, FIXTURES_URL } from '../data/testing/fixtureFetch';
import { answerLoad } from './answerLoad';
import type { DataCentre } from '../domain/atlas';
import { BULK_LAYER_IDS, LAYER_IDS } from '../domain/layerFamilies';
import { tableBuffers } from './table/recordTable';
import { tableRows } from './table/tableRows';
import { RECORDS_PER_CHUNK, type LoadResponse } from './loadProtocol';

const TINY = `${FIXTURES_URL}tiny/manifest.json`;

/** The tiny dataset, except that the layer file `fileName` holds `count` copies of its first feature. */
function manyCopiesFetch(fileName: string, count: number): FetchFn {
  const { fetchFn } = createFixtureFetch();
  return async (url, init) => {
    if (!url.endsWith(fileName)) return fetchFn(url, init);
    const original = (await (await fetchFn(url, init)).arrayBuffer()) as ArrayBuffer;
    const collection = JSON.parse(new TextDecoder().decode(original)) as {
      features: { properties: { id: string } }[];
    };
    const first = collection.features[0]!;
    const features = Array.from({ length: count }, (_, i) => ({
      ...first,
      properties: { ...first.properties, id: `X-${i}` },
    }));
    return new Response(JSON.stringify({ type: 'FeatureCollection', features }));
  };
}

describe('answerLoad', () => {
  it('posts progress, small layers in chunks of at most RECORDS_PER_CHUNK, then the rest', async () => {
    const count = 2 * RECORDS_PER_CHUNK + 500;
    const posted: LoadResponse[] = [];
    await answerLoad({ type: 'load', id: 7, manifestUrl: TINY }, (m) => posted.push(m), {
      fetchFn: manyCopiesFetch('hubs.geojson', count),
    });
    expect(posted.every((m) => m.id === 7)).toBe(true);
    expect(posted[0]?.type).toBe('progress');
    expect(posted.at(-1)?.type).toBe('loaded');
    const hubChunks = posted.flatMap((m) =>
      m.type === 'records' && m.layerId === 'hubs' ? [m.records] : [],
    );
    expect(hubChunks.map((c) => c.length)).toEqual([RECORDS_PER_CHUNK, RECORDS_PER_CHUNK, 500]);
    expect(hubChunks.flat().map((r) => r.id)).toEqual(
      Array.from({ length: count }, (_, i) => `X-${i}`),
    );
    const lastProgress = posted.findLast((m) => m.type === 'progress');
    expect(lastProgress?.type === 'progress' && lastProgress.progress.loadedLayers).toBe(
      LAYER_IDS.length,
    );
  });

  it('posts each large layer as one table with its buffers transferred', async () => {
    const count = 2 * RECORDS_PER_CHUNK + 500;
    const posted: { message: LoadResponse; transfer?: Transferable[] }[] = [];
    await answerLoad(
      { type: 'load', id: 3, manifestUrl: TINY },
      (message, transfer) => posted.push({ message, transfer }),
      { fetchFn: manyCopiesFetch('datacentres.geojson', count) },
    );
    const tables = posted.filter(({ message }) => message.type === 'table');
    expect(tables.map(({ message }) => message.type === 'table' && message.layerId)).toEqual(
      LAYER_IDS.filter((id) => BULK_LAYER_IDS.includes(id)),
    );
    expect(
      posted.some(
        ({ message }) => message.type === 'records' && BULK_LAYER_IDS.includes(message.layerId),
      ),
    ).toBe(false);
    const sites = tables.find(
      ({ message }) => message.type === 'table' && message.layerId === 'datacentres',
    )!;
    if (sites.message.type !== 'table') throw new Error('not a table');
    expect(sites.transfer).toEqual(tableBuffers(sites.message.table));
    const rows = tableRows<DataCentre>(sites.message.table);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: count }, (_, i) => `X-${i}`));
  });

  it('answers a manifest that cannot be fetched with one failed message naming it', async () => {
    const posted: LoadResponse[] = [];
    const url = `${FIXTURES_URL}nowhere/manifest.json`;
    await answerLoad({ type: 'load', id: 1, manifestUrl: url }, (m) => posted.push(m), {
      fetchFn: createFixtureFetch().fetchFn,
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'failed', id: 1 });
    expect(posted[0]?.type === 'failed' && posted[0].message).toContain(url);
  });
});
