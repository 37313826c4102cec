import { describe, expect, it } from 'vitest';
import { sourceSegments } from './sourceSegments';

describe('sourceSegments', () => {
  it('turns http and https addresses into links and keeps the text around them', () => {
    expect(sourceSegments('Caixin (https://a.example/x.html), see http://b.example/y.')).toEqual([
      { kind: 'text', text: 'Caixin (' },
      { kind: 'link', href: 'https://a.example/x.html' },
      { kind: 'text', text: '), see ' },
      { kind: 'link', href: 'http://b.example/y' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes a link of another scheme', () => {
    const segments = sourceSegments('javascript:alert(1) <img src=x onerror=alert(1)>');
    expect(segments.every((segment) => segment.kind === 'text')).toBe(true);
  });

  it('keeps a plain citation as one text segment', () => {
    expect(sourceSegments('GEM Global Coal Plant Tracker')).toEqual([
      { kind: 'text', text: 'GEM Global Coal Plant Tracker' },
    ]);
  });
});
