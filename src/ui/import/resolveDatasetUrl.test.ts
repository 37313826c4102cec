import { describe, expect, it } from 'vitest';
import { resolveDatasetUrl } from './resolveDatasetUrl';

const PAGE = 'https://atlas.example.org/app/index.html#c=1';

describe('resolveDatasetUrl', () => {
  it('resolves a relative folder against the page and appends manifest.json', () => {
    expect(resolveDatasetUrl('data/other', PAGE)).toEqual({
      kind: 'same-origin',
      url: 'https://atlas.example.org/app/data/other/manifest.json',
    });
  });

  it('keeps a URL that already names a .json manifest', () => {
    expect(resolveDatasetUrl('/sets/x/manifest-v2.json', PAGE)).toEqual({
      kind: 'same-origin',
      url: 'https://atlas.example.org/sets/x/manifest-v2.json',
    });
  });

  it('treats an absolute URL on the page’s origin as the same origin', () => {
    expect(resolveDatasetUrl('https://atlas.example.org/d/', PAGE).kind).toBe('same-origin');
  });

  it('marks another host, port or scheme as another origin and names it', () => {
    expect(resolveDatasetUrl('https://data.example.com/atlas', PAGE)).toEqual({
      kind: 'other-origin',
      url: 'https://data.example.com/atlas/manifest.json',
      origin: 'https://data.example.com',
    });
    expect(resolveDatasetUrl('https://atlas.example.org:8443/d', PAGE).kind).toBe('other-origin');
    expect(resolveDatasetUrl('http://atlas.example.org/d', PAGE).kind).toBe('other-origin');
  });

  it('treats a protocol-relative URL to another host as another origin', () => {
    expect(resolveDatasetUrl('//evil.example.net/d', PAGE)).toMatchObject({
      kind: 'other-origin',
      origin: 'https://evil.example.net',
    });
  });

  it('refuses other schemes, credentials, control characters and unparsable pages', () => {
    expect(resolveDatasetUrl('javascript:alert(1)', PAGE).kind).toBe('invalid');
    expect(resolveDatasetUrl('data:application/json,{}', PAGE).kind).toBe('invalid');
    expect(resolveDatasetUrl('https://user:pw@atlas.example.org/d', PAGE).kind).toBe('invalid');
    expect(resolveDatasetUrl('data/\nother', PAGE).kind).toBe('invalid');
    expect(resolveDatasetUrl('', PAGE).kind).toBe('invalid');
    expect(resolveDatasetUrl('data/x', 'not a url').kind).toBe('invalid');
  });

  it('drops a fragment from the dataset URL', () => {
    expect(resolveDatasetUrl('data/x#frag', PAGE)).toMatchObject({
      url: 'https://atlas.example.org/app/data/x/manifest.json',
    });
  });
});
