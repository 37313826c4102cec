import { describe, expect, it } from 'vitest';
import { chooseDataset } from './chooseDataset';

const page = 'https://atlas.example/app/index.html#v=2';

describe('chooseDataset', () => {
  it('opens the default dataset when the link names none', () => {
    expect(chooseDataset(undefined, page)).toEqual({ kind: 'default' });
  });

  it('loads a dataset on the page’s own origin at once', () => {
    expect(chooseDataset('datasets/india/', page)).toEqual({
      kind: 'load',
      url: 'https://atlas.example/app/datasets/india/manifest.json',
    });
  });

  it('asks before loading from another origin', () => {
    expect(chooseDataset('https://data.example/x/manifest.json', page)).toEqual({
      kind: 'ask',
      url: 'https://data.example/x/manifest.json',
      origin: 'https://data.example',
    });
  });

  it('refuses other schemes', () => {
    expect(chooseDataset('javascript:alert(1)', page)).toEqual({ kind: 'invalid' });
  });
});
