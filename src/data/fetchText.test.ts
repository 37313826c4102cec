import { describe, expect, it } from 'vitest';
import { fetchText, parseJsonText, type FetchFn } from './fetchText';

describe('fetchText', () => {
  it('returns the text and its size in bytes (UTF-8)', async () => {
    const fetchFn: FetchFn = async () => new Response('{"name_zh":"贵州"}');
    expect(await fetchText(fetchFn, 'x')).toEqual({ ok: true, text: '{"name_zh":"贵州"}', bytes: 20 });
  });

  it('turns an HTTP error and a network failure into a reason', async () => {
    const notFound: FetchFn = async () => new Response('', { status: 404, statusText: 'Not Found' });
    const offline: FetchFn = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchText(notFound, 'x')).toEqual({ ok: false, reason: 'could not be fetched (HTTP 404 Not Found)' });
    expect(await fetchText(offline, 'x')).toEqual({ ok: false, reason: 'could not be fetched (Failed to fetch)' });
  });
});

describe('parseJsonText', () => {
  it('parses JSON or says it is not valid JSON', () => {
    expect(parseJsonText('[1]')).toEqual({ ok: true, json: [1] });
    const bad = parseJsonText('{"a":');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.reason).toMatch(/^is not valid JSON \(/);
  });
});
