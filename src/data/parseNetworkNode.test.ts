import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature, point } from './testing/makeFeature';

const parseNetworkNode = FEATURE_PARSERS.network_nodes;

describe('parseNetworkNode', () => {
  it('reads kind and year', () => {
    const feature = makeFeature(point(106.7, 26.6), { id: 'NN-1', kind: 'ixp', year: 2013 });
    expect(parseNetworkNode(feature, 0).record).toMatchObject({
      position: [106.7, 26.6],
      kind: 'ixp',
      year: 2013,
    });
  });

  it("reads an unknown kind as 'other' with a warning and a textual year as absent", () => {
    const feature = makeFeature(point(1, 2), { id: 'NN-2', kind: 'pop', year: '2013' });
    const { record, issues } = parseNetworkNode(feature, 0);
    expect(record?.kind).toBe('other');
    expect(record?.year).toBeUndefined();
    expect(issues).toHaveLength(2);
  });
});
