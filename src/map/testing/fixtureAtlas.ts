// A tiny hand-made atlas for map tests: one record or two per layer, deep-frozen so a factory
// that mutates its input fails.
import { emptyAtlas, type Atlas } from '../../domain/atlas';
import { deepFreeze } from '../../domain/testing/deepFreeze';

const common = { source: 'test fixture', approx: false } as const;

export const fixtureAtlas: Atlas = deepFreeze({
  ...emptyAtlas(),
  regions: [
    {
      ...common,
      id: 'CN-GZ',
      name: 'Guizhou',
      nameZh: '贵州',
      stats: {},
      labelPosition: [106.7, 26.8],
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [104, 25],
              [109, 25],
              [109, 29],
              [104, 29],
              [104, 25],
            ],
          ],
          [
            [
              [110, 20],
              [111, 20],
              [111, 21],
              [110, 20],
            ],
          ],
        ],
      },
    },
  ],
  hubs: [
    {
      ...common,
      id: 'hub-gz',
      name: 'Guizhou hub',
      nameZh: '贵州枢纽',
      position: [106.6, 26.6],
      type: 'hub',
      regionIds: ['CN-GZ'],
    },
  ],
  datacentres: [
    {
      ...common,
      id: 'dc-big',
      name: 'Big',
      position: [106.5, 26.5],
      kind: 'hyperscale_campus',
      status: 'operating',
      capacityMw: 400,
    },
    {
      ...common,
      id: 'dc-small',
      name: 'Small',
      position: [106.6, 26.4],
      kind: 'other',
      status: 'planned',
      capacityMw: 4,
      approx: true,
    },
  ],
  power_lines: [
    {
      ...common,
      id: 'line-1',
      name: 'UHV DC',
      approx: true,
      current: 'DC',
      voltageKv: 800,
      status: 'operating',
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [104, 26],
            [108, 27],
          ],
          [
            [108, 27],
            [112, 28],
          ],
        ],
      },
    },
  ],
} satisfies Atlas);
