import { describe, expect, it } from 'vitest';
import type { DataCentre } from '../../domain/atlas';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import { datasetChoices } from './datasetChoices';

const site = (id: string, operator: string | undefined): DataCentre => ({
  ...testAtlas.datacentres[0]!,
  id,
  operator,
});

describe('datasetChoices', () => {
  it('offers only the statuses that occur, in the standard order', () => {
    expect(datasetChoices(testAtlas).statuses).toEqual([
      'operating',
      'under_construction',
      'planned',
    ]);
  });

  it('lists operators with their site counts, most sites first, blanks left out', () => {
    const atlas = {
      ...testAtlas,
      datacentres: [site('a', 'Beta'), site('b', 'Alpha'), site('c', 'Beta'), site('d', ' ')],
    };
    expect(datasetChoices(atlas).operators).toEqual([
      { name: 'Beta', siteCount: 2 },
      { name: 'Alpha', siteCount: 1 },
    ]);
  });

  it('offers hubs, not clusters, as demand hubs, and the node kinds present', () => {
    const choices = datasetChoices(testAtlas);
    expect(choices.demandHubCandidates.map((hub) => hub.id)).toEqual(['HE']);
    expect(choices.nodeKinds).toEqual(['backbone_direct_connection_point']);
  });
});
