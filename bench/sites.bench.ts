// The site finder on the default dataset (issue 14): all criteria for every res-5 cell against
// turf distances to every feature (on every 100th cell, time × 100), the grid at run time against
// h3's polygonToCells per region and against loading a build-time cell list, a weight change, 200
// robustness draws for candidates and provinces, and resolution 6 nationally and in one province.
import { cellToBoundary, cellToLatLng, polygonToCells } from 'h3-js';
import { buildFibreGraph } from '../src/domain/network/buildFibreGraph';
import { DEFAULT_LATENCY_SETTINGS } from '../src/domain/network/latencySettings';
import { aggregateIndicators } from '../src/domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY } from '../src/domain/score/indicatorRegistry';
import { provinceRankRanges } from '../src/domain/score/provinceRankRanges';
import { DEFAULT_WEIGHTS } from '../src/domain/score/weightsConfig';
import { findCandidates } from '../src/domain/sites/findCandidates';
import { buildHexGrid, type HexGrid } from '../src/domain/sites/hexGrid';
import { measureAllCriteria } from '../src/domain/sites/measureAllCriteria';
import { candidateRankRanges } from '../src/domain/sites/rankRobustness';
import { scaleCriteria, scoreCells } from '../src/domain/sites/scoreCells';
import { DEFAULT_SITE_SETTINGS } from '../src/domain/sites/sitePresets';
import { loadDefaultAtlas } from './fixtures/defaultAtlas';
import { naiveSiteCriteria } from './fixtures/naiveSiteCriteria';
import type { BenchSuite } from './types';

const SAMPLE_EVERY = 100;

type Values = Record<string, ArrayLike<number>>;

/** Same values at the sampled cells: distances and latency to 1e-6 relative, sums to 1e-9. */
function sameAtSample(sample: readonly number[]) {
  return (fast: unknown, baseline: unknown) => {
    const f = fast as Values;
    const b = baseline as Values;
    return Object.keys(b).every((id) =>
      sample.every((cell, k) => {
        const [x, y] = [f[id]![cell]!, b[id]![k]!];
        if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
        return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
      }),
    );
  };
}

/** The obvious grid: h3's polygonToCells over every region polygon (centre containment). */
function polygonToCellsGrid(atlas: ReturnType<typeof loadDefaultAtlas>): Set<string> {
  const cells = new Set<string>();
  for (const region of atlas.regions) {
    const g = region.geometry;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const cell of polygonToCells(polygon, 5, true)) cells.add(cell);
  }
  return cells;
}

/** What a build-time file would cost at load: parse the id and region lists, then centres and
 * outlines from h3 (area left out: it would be in the file too). */
function gridFromList(text: string) {
  const { ids, regions } = JSON.parse(text) as { ids: string[]; regions: number[] };
  const lons = new Float64Array(ids.length);
  const lats = new Float64Array(ids.length);
  const outline: number[] = [];
  ids.forEach((id, i) => {
    [lats[i], lons[i]] = cellToLatLng(id);
    for (const [x = 0, y = 0] of cellToBoundary(id, true)) outline.push(x, y);
  });
  return { ids, regions, lons, lats, outline: Float32Array.from(outline) };
}

const suite: BenchSuite = {
  name: 'site finder (default dataset)',
  setup: () => {
    const atlas = loadDefaultAtlas();
    const graph = buildFibreGraph(atlas.fibre_routes, { snapToleranceKm: 5 });
    const raw = aggregateIndicators(atlas, INDICATOR_REGISTRY);
    const grid = buildHexGrid(atlas.regions, 5);
    const ctx = (g: HexGrid) => ({
      grid: g,
      atlas,
      fibreGraph: graph,
      latency: DEFAULT_LATENCY_SETTINGS,
      generationRadiusKm: 100,
      regionDegree: new Map<string, number>(),
    });
    const matrix = measureAllCriteria(ctx(grid));
    const suitability = scaleCriteria(matrix.values);
    const cells = scoreCells(matrix.values, suitability, DEFAULT_SITE_SETTINGS);
    const { candidates } = findCandidates(grid, cells, suitability, matrix.values, 90);
    const sample = grid.cellIds.flatMap((_, i) => (i % SAMPLE_EVERY === 0 ? [i] : []));
    const list = JSON.stringify({ ids: grid.cellIds, regions: Array.from(grid.regionIndex) });
    const n = grid.cellIds.length;
    const moved = {
      ...DEFAULT_SITE_SETTINGS,
      weights: { ...DEFAULT_SITE_SETTINGS.weights, uhv: 0.4 },
    };
    return [
      {
        name: `all criteria for every res-5 cell of China (${n.toLocaleString('en-GB')} cells, block queries)`,
        baselineName: `turf distance from each cell centre to every feature, per criterion (on every ${SAMPLE_EVERY}th cell: ${sample.length}, time × ${SAMPLE_EVERY})`,
        // A shallow copy: the per-grid caches (blocks) are rebuilt inside the timing.
        fast: () => measureAllCriteria(ctx({ ...grid })).values,
        baseline: () =>
          naiveSiteCriteria(atlas, grid, sample, graph, DEFAULT_LATENCY_SETTINGS, 100),
        baselineScale: SAMPLE_EVERY,
        same: sameAtSample(sample),
        target: { minRatio: 50, maxFastMs: 300 },
      },
      {
        name: `res-5 grid of China at run time (h3 children of coarse parents, region index, majority of 7 samples): ${n.toLocaleString('en-GB')} cells`,
        baselineName:
          'h3 polygonToCells over every region polygon (centre rule); cell sets compared',
        fast: () => new Set(buildHexGrid(atlas.regions.slice(), 5).cellIds),
        baseline: () => polygonToCellsGrid(atlas),
        same: (f: unknown, b: unknown) => {
          const [a, c] = [f as Set<string>, b as Set<string>];
          const shared = [...a].filter((id) => c.has(id)).length;
          return shared >= 0.999 * Math.max(a.size, c.size);
        },
      },
      {
        name: `res-5 grid from a build-time list instead (JSON of ${n.toLocaleString('en-GB')} ids and regions, ${(list.length / 1e6).toFixed(2)} MB; parse + centres + outlines)`,
        baselineName: 'none (absolute; compare with the run-time row)',
        fast: () => gridFromList(list),
      },
      {
        name: 'a weight change re-scores every res-5 cell (masks, weighted sum)',
        baselineName: 're-measuring every criterion on each weight change',
        fast: () => scoreCells(matrix.values, suitability, moved),
        baseline: () => {
          const m = measureAllCriteria(ctx({ ...grid }));
          return scoreCells(m.values, scaleCriteria(m.values), moved);
        },
        same: (f: unknown, b: unknown) => {
          const [x, y] = [(f as typeof cells).scores, (b as typeof cells).scores];
          return x.every((v, i) =>
            Number.isNaN(v) ? Number.isNaN(y[i]!) : Math.abs(v - y[i]!) < 1e-4,
          );
        },
        target: { maxFastMs: 10 },
      },
      {
        name: `200 robustness draws (±20 %) for the ${candidates.length} candidates of the default preset`,
        baselineName: 'none (absolute target)',
        fast: () => candidateRankRanges(candidates, cells.terms),
        target: { maxFastMs: 250 },
      },
      {
        name: `200 robustness draws (±20 %) for the province ranking by D (${raw.regionIds.length} regions)`,
        baselineName: 'none (absolute; runs with every Score analysis)',
        fast: () => provinceRankRanges(raw, DEFAULT_WEIGHTS, INDICATOR_REGISTRY),
      },
      {
        name: 'resolution 6 nationally: grid + all criteria (~282,000 cells)',
        baselineName: 'none (absolute target)',
        fast: () => {
          const fine = buildHexGrid(atlas.regions.slice(), 6);
          return measureAllCriteria(ctx(fine)).values.latency.length;
        },
        target: { maxFastMs: 3000 },
      },
      {
        name: 'resolution 6 in the largest province alone (Xinjiang, CN-XJ): grid + all criteria',
        baselineName: 'none (absolute target)',
        fast: () => {
          const fine = buildHexGrid(atlas.regions.slice(), 6, 'CN-XJ');
          return measureAllCriteria(ctx(fine)).values.latency.length;
        },
        target: { maxFastMs: 3000 },
      },
    ];
  },
};

export default suite;
