import { describe, expect, it } from 'vitest';
import { emptyAtlas, type Region } from '../atlas';
import { buildFibreGraph } from './buildFibreGraph';
import { latencyForAtlas } from './latencyForAtlas';
import { latencyToDemand } from './latencyToDemand';
import { hub, route } from '../testing/fibreFixtures';

const settings = { mode: 'one_way', routeFactor: 1, perHopOverheadMs: 0 } as const;
const region: Region = {
  id: 'R',
  name: 'R',
  source: 'test',
  approx: true,
  geometry: { type: 'Polygon', coordinates: [] },
  stats: {},
  labelPosition: [2, 0.5],
};

describe('latencyForAtlas', () => {
  it('keys results by id and measures regions from their label position', () => {
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
          [2, 0],
        ]),
      ],
      { snapToleranceKm: 1 },
    );
    const hubs = [hub('H', [0, 0])];
    const atlas = { ...emptyAtlas(), regions: [region], hubs };
    const result = latencyForAtlas(graph, atlas, settings);
    const direct = latencyToDemand(graph, hubs, [{ id: 'x', position: [2, 0.5] }], settings)[0];
    expect(result.regions.get('R')).toEqual(direct);
    expect(result.hubs.get('H')).toMatchObject({ status: 'fibre', latencyMs: 0 });
    expect(result.datacentres.size).toBe(0);
  });
});
