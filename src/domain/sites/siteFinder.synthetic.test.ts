// The whole site-finder core on a synthetic atlas whose best places are known by construction.
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { buildFibreGraph } from '../network/buildFibreGraph';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import { SITE_LINE, SITE_NODE, SITE_PLANT, siteAtlas } from '../testing/siteAtlas';
import { CRITERIA, type CriterionId } from './criteria';
import { findCandidates } from './findCandidates';
import { buildHexGrid } from './hexGrid';
import { measureAllCriteria } from './measureAllCriteria';
import { scaleCriteria, scoreCells } from './scoreCells';
import { applySitePreset } from './sitePresets';
import type { SiteSettings } from './siteSettings';

const atlas = siteAtlas();
const grid = buildHexGrid(atlas.regions, 5);
const matrix = measureAllCriteria({
  grid,
  atlas,
  fibreGraph: buildFibreGraph(atlas.fibre_routes, { snapToleranceKm: 5 }),
  latency: DEFAULT_LATENCY_SETTINGS,
  generationRadiusKm: 100,
  regionDegree: new Map([
    ['W', 0.3],
    ['E', 0.7],
  ]),
});
const suitability = scaleCriteria(matrix.values);

function only(id: CriterionId, extra: Partial<SiteSettings> = {}): SiteSettings {
  const weights = Object.fromEntries(CRITERIA.map((c) => [c.id, c.id === id ? 1 : 0]));
  return { ...applySitePreset('ai_training'), weights, masks: [], ...extra } as SiteSettings;
}

function best(settings: SiteSettings, percentile = 90) {
  const scores = scoreCells(matrix.values, suitability, settings);
  return { scores, ...findCandidates(grid, scores, suitability, matrix.values, percentile) };
}

const cellAt = (lon: number, lat: number) => grid.cellIds.indexOf(latLngToCell(lat, lon, 5));

describe('the site finder on a synthetic atlas', () => {
  it('covers both provinces with cells of about 250 km², each in the province holding its centre', () => {
    // 8° × 4° at 32° N is about 335,000 km²: some 1,430 cells of 234 km².
    expect(grid.cellIds.length).toBeGreaterThan(1300);
    expect(grid.cellIds.length).toBeLessThan(1550);
    const west = grid.regionIndex.filter((r) => r === 0).length;
    expect(west / grid.cellIds.length).toBeCloseTo(0.5, 1);
    for (const a of grid.areaKm2) expect(a).toBeGreaterThan(200);
    expect(grid.regionIds[grid.regionIndex[cellAt(101, 32)]!]).toBe('W');
    expect(grid.regionIds[grid.regionIndex[cellAt(107, 32)]!]).toBe('E');
  });

  it('builds one province alone, exactly the cells the national grid gives it', () => {
    const east = buildHexGrid(atlas.regions, 5, 'E');
    const eastIndex = grid.regionIds.indexOf('E');
    const national = grid.cellIds.filter((_, i) => grid.regionIndex[i] === eastIndex);
    expect([...east.cellIds].sort()).toEqual([...national].sort());
    expect(new Set(east.regionIndex)).toEqual(new Set([eastIndex]));
    expect(buildHexGrid(atlas.regions, 5, 'nowhere').cellIds).toEqual(grid.cellIds);
  });

  it('measures every criterion, and distance 0 km on the UHV line', () => {
    // No data centre in this atlas: that criterion is unavailable, not 0 everywhere.
    expect(matrix.unavailable).toEqual([
      { id: 'dc_nearby', reason: 'empty_layer', layer: 'datacentres' },
    ]);
    expect(
      matrix.values.uhv[cellAt(...(SITE_LINE.geometry.coordinates[0]![0]! as [number, number]))],
    ).toBeLessThan(15);
  });

  it('ranks first the candidate on the UHV line when only UHV distance counts', () => {
    const { candidates } = best(only('uhv'));
    const top = candidates[0]!;
    expect(top.cells).toContain(cellAt(107, 32));
    expect(Math.abs(top.centre[0] - 107)).toBeLessThan(0.3);
  });

  it('ranks first the candidate around the plant when only generation within R counts', () => {
    // About 9 % of the cells lie within 100 km of the plant: the 95th percentile keeps them apart.
    const { candidates } = best(only('generation'), 95);
    expect(candidates[0]!.cells).toContain(cellAt(...(SITE_PLANT.position as [number, number])));
    expect(candidates[0]!.rawMeans.generation).toBeCloseTo(5, 6);
  });

  it('puts the best backbone cell at the backbone point', () => {
    const { scores } = best(only('backbone'));
    const at = cellAt(...(SITE_NODE.position as [number, number]));
    expect(scores.scores[at]).toBe(Math.max(...scores.scores));
  });

  it('reads province criteria from the province: spare supply favours the east', () => {
    const { candidates } = best(only('power_balance'));
    expect(new Set(candidates.map((c) => c.regionId))).toEqual(new Set(['E']));
  });

  it('removes every cell beyond a latency mask, and marks none incomplete', () => {
    const settings = only('uhv', { masks: [{ id: 'latency', threshold: 5 }] });
    const { scores } = best(settings);
    grid.cellIds.forEach((_, i) => {
      if (matrix.values.latency[i]! > 5) expect(Number.isNaN(scores.scores[i])).toBe(true);
    });
    expect(scores.counts.masked).toBeGreaterThan(0);
    expect(scores.counts.incomplete).toBe(0);
  });

  it('turns the agglomeration bonus into a penalty when asked', () => {
    const bonus = scoreCells(matrix.values, suitability, only('population'));
    const penalty = scoreCells(
      matrix.values,
      suitability,
      only('population', { penalties: ['population'] }),
    );
    const i = cellAt(101.2, 32.8);
    expect(bonus.scores[i]! + penalty.scores[i]!).toBeCloseTo(100, 4);
  });
});
