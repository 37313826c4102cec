import { describe, expect, it } from 'vitest';
import { decodeState } from '../../state/url/decodeState';
import { DEFAULT_SHAREABLE_STATE } from '../../state/url/shareableState';
import { embedSnippet, shareLink } from './shareLink';

describe('shareLink', () => {
  it('replaces the page hash with the encoded state, which decodes back to it', () => {
    const state = { ...DEFAULT_SHAREABLE_STATE, lang: 'en' as const, theme: 'dark' as const };
    const link = shareLink('https://atlas.example/app/?x=1#old', state);
    expect(link.startsWith('https://atlas.example/app/?x=1#v=')).toBe(true);
    expect(decodeState(link.split('#')[1]!).state).toEqual(state);
  });
});

describe('embedSnippet', () => {
  it('escapes quotes and angle brackets so the snippet stays one iframe element', () => {
    const snippet = embedSnippet('https://a.example/#x="1"><script>', 'Atlas "test"');
    expect(snippet).not.toContain('<script>');
    expect(snippet.match(/<iframe /g)).toHaveLength(1);
    expect(snippet).toContain('&quot;1&quot;>&lt;script>');
  });
});
