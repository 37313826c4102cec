import { describe, expect, it } from 'vitest';
import { createFixtureFetch, FIXTURES_URL } from './fixtureFetch';

describe('createFixtureFetch', () => {
  it('serves a fixture file from disk and 404s an unknown one', async () => {
    const { fetchFn, requests } = createFixtureFetch();
    const found = await fetchFn(`${FIXTURES_URL}tiny/manifest.json`);
    const text = new TextDecoder().decode(await found.arrayBuffer());
    expect(JSON.parse(text)).toMatchObject({ id: 'tiny' });
    const missing = await fetchFn(`${FIXTURES_URL}tiny/nothing.json`);
    expect(missing.status).toBe(404);
    expect(requests).toHaveLength(2);
  });
});
