import { describe, expect, it } from 'vitest';
import type { FetchFn } from '../data';
import { createFixtureFetch, FIXTURES_URL } from '../data/testing/fixtureFetch';
import { answerLoad } from './answerLoad';
import { RECORDS_PER_CHUNK, type LoadResponse } from './loadProtocol';

const TINY = `${FIXTURES_URL}tiny/manifest.json`;

/** The tiny dataset, except that its data centres file holds `count` copies of its first site. */
function manySitesFetch(count: number): FetchFn {
  const { fetchFn } = createFixtureFetch();
  return async (url, init) => {
    if (!url.endsWith('datacentres.geojson')) return fetchFn(url, init);
    const original = (await (await fetchFn(url, init)).arrayBuffer()) as ArrayBuffer;
    const collection = JSON.parse(new TextDecoder().decode(original)) as {
      features: { properties: { id: string } }[];
    };
    const first = collection.features[0]!;
    const features = Array.from({ length: count }, (_, i) => ({
      ...first,
      properties: { ...first.properties, id: `DC-${i}` },
    }));
    return new Response(JSON.stringify({ type: 'FeatureCollection', features }));
  };
}

describe('answerLoad', () => {
  it('posts progress, then every layer in chunks of at most RECORDS_PER_CHUNK, then the rest', async () => {
    const count = 2 * RECORDS_PER_CHUNK + 500;
    const posted: LoadResponse[] = [];
    await answerLoad(
      { type: 'load', id: 7, manifestUrl: TINY },
      (m) => posted.push(m),
      manySitesFetch(count),
    );
    expect(posted.every((m) => m.id === 7)).toBe(true);
    expect(posted[0]?.type).toBe('progress');
    expect(posted.at(-1)?.type).toBe('loaded');
    const siteChunks = posted.flatMap((m) =>
      m.type === 'records' && m.layerId === 'datacentres' ? [m.records] : [],
    );
    expect(siteChunks.map((c) => c.length)).toEqual([RECORDS_PER_CHUNK, RECORDS_PER_CHUNK, 500]);
    expect(siteChunks.flat().map((r) => r.id)).toEqual(
      Array.from({ length: count }, (_, i) => `DC-${i}`),
    );
    const lastProgress = posted.findLast((m) => m.type === 'progress');
    expect(lastProgress?.type === 'progress' && lastProgress.progress.loadedLayers).toBe(7);
  });

  it('answers a manifest that cannot be fetched with one failed message naming it', async () => {
    const posted: LoadResponse[] = [];
    const url = `${FIXTURES_URL}nowhere/manifest.json`;
    await answerLoad(
      { type: 'load', id: 1, manifestUrl: url },
      (m) => posted.push(m),
      createFixtureFetch().fetchFn,
    );
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'failed', id: 1 });
    expect(posted[0]?.type === 'failed' && posted[0].message).toContain(url);
  });
});
