// Nearest power line for 10k sites: the flatbush segment index with spherical refinement against
// turf's pointToLineDistance over every line (national UHV scale: 36 lines), same answers. Each
// fast run copies the lines array, so the index is rebuilt and its build time is included.
import { lineString, pointToLineDistance } from '@turf/turf';
import type { LonLat, PowerLine } from '../src/domain/atlas';
import {
  lineMatches,
  nearestLineDistanceKm,
  type LineFilter,
} from '../src/domain/geo/nearestLineDistanceKm';
import { createPrng, type Prng } from './fixtures/prng';
import type { BenchSuite } from './types';

const SEED = 20261127;
const [WEST, SOUTH, EAST, NORTH] = [73, 18, 135, 54];
const filter: LineFilter = { minVoltageKv: 800, current: 'any' };

function randomLine(prng: Prng, id: number, segments: number, step: number): PowerLine {
  let [x, y] = [prng.range(WEST + 5, EAST - 5), prng.range(SOUTH + 5, NORTH - 5)];
  let heading = prng.range(0, 2 * Math.PI);
  const path = [[x, y]];
  for (let i = 0; i < segments; i++) {
    heading += prng.range(-0.5, 0.5);
    x = Math.min(EAST, Math.max(WEST, x + step * Math.cos(heading)));
    y = Math.min(NORTH, Math.max(SOUTH, y + step * Math.sin(heading)));
    path.push([x, y]);
  }
  return {
    id: `L${id}`,
    name: `Line ${id}`,
    source: 'bench fixture',
    approx: true,
    status: 'operating',
    current: prng.pick(['AC', 'DC'] as const),
    voltageKv: prng.pick([500, 800, 1000, 1100]),
    geometry: { type: 'MultiLineString', coordinates: [path] },
  };
}

function sameDistances(fast: unknown, baseline: unknown): boolean {
  const a = fast as (number | undefined)[];
  const b = baseline as (number | undefined)[];
  return (
    a.length === b.length &&
    a.every((x, i) => (x === undefined ? b[i] === undefined : Math.abs(x - b[i]!) < 1e-3))
  );
}

const suite: BenchSuite = {
  name: 'nearest power line',
  setup: () => {
    const prng = createPrng(SEED);
    const sites: LonLat[] = Array.from({ length: 10_000 }, () => [
      prng.range(WEST, EAST),
      prng.range(SOUTH, NORTH),
    ]);
    const uhv = Array.from({ length: 36 }, (_, i) => randomLine(prng, i, 5, 2));
    const dense = Array.from({ length: 1250 }, (_, i) => randomLine(prng, i, 20, 0.3));
    const turfLines = uhv
      .filter((line) => lineMatches(line, filter))
      .map((line) => lineString(line.geometry.coordinates[0]!));
    return [
      {
        name: `nearest line ≥ 800 kV for 10k sites (36 lines, 180 segments)`,
        baselineName: 'turf pointToLineDistance over every eligible line',
        fast: () => nearestLineDistanceKm(sites, [...uhv], filter),
        baseline: () =>
          sites.map((site) =>
            Math.min(...turfLines.map((line) => pointToLineDistance([...site], line))),
          ),
        same: sameDistances,
        target: { minRatio: 40 },
      },
      {
        name: `nearest line ≥ 800 kV for 10k sites (1,250 lines, 25k segments)`,
        baselineName: 'none (absolute target)',
        fast: () => nearestLineDistanceKm(sites, [...dense], filter),
        target: { maxFastMs: 500 },
      },
    ];
  },
};

export default suite;
