import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../data';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { dropUnknownRefs } from './dropUnknownRefs';

const dataset = { atlas: testAtlas } as unknown as LoadedDataset;

describe('dropUnknownRefs', () => {
  it('keeps references the dataset has, without notices', () => {
    const result = dropUnknownRefs(
      { selection: { layerId: 'regions', id: 'R1' }, compareRegionIds: ['R1', 'R2'] },
      dataset,
    );
    expect(result).toEqual({
      selection: { layerId: 'regions', id: 'R1' },
      compareRegionIds: ['R1', 'R2'],
      notices: [],
    });
  });

  it('drops unknown compared regions and an unknown selection, saying so', () => {
    const result = dropUnknownRefs(
      { selection: { layerId: 'datacentres', id: 'NOPE' }, compareRegionIds: ['R1', 'CN-XX'] },
      dataset,
    );
    expect(result.selection).toBeNull();
    expect(result.compareRegionIds).toEqual(['R1']);
    expect(result.notices.map((notice) => notice.code)).toEqual(['dropped', 'dropped']);
  });
});
