// Test helper: a fetch that serves the hand-made datasets of tests/fixtures/datasets from disk
// (read at import through vite's glob) under https://fixtures.test/, with 404 for anything else.
import type { FetchFn } from '../fetchText';

const files = import.meta.glob('../../../tests/fixtures/datasets/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const PREFIX = '../../../tests/fixtures/datasets/';

/** Base URL of the fixture datasets: `${FIXTURES_URL}tiny/manifest.json`. */
export const FIXTURES_URL = 'https://fixtures.test/datasets/';

/** Serves fixture files; records every requested URL in `requests`. */
export function createFixtureFetch(): { fetchFn: FetchFn; requests: string[] } {
  const requests: string[] = [];
  const fetchFn: FetchFn = async (url) => {
    requests.push(url);
    const path = url.startsWith(FIXTURES_URL) ? url.slice(FIXTURES_URL.length) : undefined;
    const text = path === undefined ? undefined : files[PREFIX + path];
    if (text === undefined) return new Response('Not Found', { status: 404, statusText: 'Not Found' });
    return new Response(text, { status: 200 });
  };
  return { fetchFn, requests };
}
