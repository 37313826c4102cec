// Region records for the score UI tests, matching the ids of testAnalysis (R4 has no data).
import type { Region } from '../atlas';

const square = (lon: number): Region['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, 30],
      [lon + 1, 30],
      [lon + 1, 31],
      [lon, 30],
    ],
  ],
});

const region = (id: string, name: string, nameZh: string, lon: number): Region => ({
  id,
  name,
  nameZh,
  source: 'test fixture',
  approx: false,
  stats: {},
  geometry: square(lon),
  labelPosition: [lon + 0.5, 30.5],
});

export const TEST_REGIONS: readonly Region[] = [
  region('R1', 'Anhui', '安徽', 100),
  region('R2', 'Beijing', '北京', 102),
  region('R3', 'Chongqing', '重庆', 104),
  region('R4', 'Taiwan', '台湾', 106),
];
