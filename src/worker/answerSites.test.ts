import { describe, expect, it } from 'vitest';
import { emptyAtlas } from '../domain/atlas';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import type { Scenario } from '../domain/scenario/modification';
import { proposedDataCentre } from '../domain/scenario/proposedFeatures';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { DEFAULT_SITE_SETTINGS, applySitePreset } from '../domain/sites/sitePresets';
import { BASELINE_TOP_CANDIDATES } from '../domain/sites/siteAnalysis';
import type { SiteSettings } from '../domain/sites/siteSettings';
import { siteAtlas } from '../domain/testing/siteAtlas';
import { createComputeEngine } from './computeEngine';
import type { WorkerResponse } from './protocol';
import { completeSites, type SitesUpdate } from './sitesUpdate';

function engineWith(atlas = siteAtlas()) {
  const engine = createComputeEngine();
  engine.setBase(atlas);
  engine.handle({ type: 'init', id: 1 });
  return engine;
}

let nextId = 10;
function ask(
  engine: ReturnType<typeof createComputeEngine>,
  settings: SiteSettings,
  scenario?: Scenario,
) {
  const response = engine.handle({
    type: 'sites',
    id: nextId++,
    settings,
    latency: DEFAULT_LATENCY_SETTINGS,
    scoreWeights: DEFAULT_WEIGHTS,
    ...(scenario ? { scenario } : {}),
  }) as Extract<WorkerResponse, { type: 'sites' }>;
  expect(response.type).toBe('sites');
  return response;
}

const sitesOf = (response: ReturnType<typeof ask>): SitesUpdate => {
  if (response.sites === null) throw new Error(response.message);
  return response.sites;
};

describe('the sites request', () => {
  it('sends the grid and values once, then only scores when the weights move', () => {
    const engine = engineWith();
    const first = sitesOf(ask(engine, applySitePreset('ai_training')));
    expect(first.grid?.cellIds.length).toBeGreaterThan(1000);
    expect(first.values?.uhv.length).toBe(first.grid?.cellIds.length);
    expect(first.candidates.length).toBeGreaterThan(0);
    const moved = applySitePreset('ai_training');
    const second = sitesOf(ask(engine, { ...moved, weights: { ...moved.weights, uhv: 1 } }));
    expect(second.grid).toBeUndefined();
    expect(second.values).toBeUndefined();
    const whole = completeSites(second, completeSites(first, null));
    expect(whole?.grid.cellIds).toBe(first.grid?.cellIds);
    expect(second.candidates[0]?.topSignals).toContain('uhv');
  });

  it('measures the active scenario (a proposed data centre counted near it, the grid kept) beside the baseline’s top candidates', () => {
    const engine = engineWith();
    const site = proposedDataCentre({
      id: 'S1',
      name: 'Campus',
      scenarioName: 's',
      position: [102, 32],
      capacityMw: 1000,
    });
    const scenario: Scenario = { id: 's', name: 's', datasetId: 'test', modifications: [site] };
    const maxNearby = (update: SitesUpdate) => Math.max(...(update.values?.dc_nearby ?? [NaN]));
    // The synthetic atlas has no data centre: the criterion is unavailable there.
    const baseline = sitesOf(ask(engine, DEFAULT_SITE_SETTINGS));
    expect(maxNearby(baseline)).toBeNaN();
    const withSite = sitesOf(ask(engine, DEFAULT_SITE_SETTINGS, scenario));
    expect(withSite.grid).toBeUndefined();
    expect(withSite.gridKey).toBe(baseline.gridKey);
    expect(maxNearby(withSite)).toBe(1); // a count of known data centres
    expect(baseline.baselineTop).toBeUndefined();
    expect(withSite.baselineTop?.map((c) => c.id)).toEqual(
      baseline.candidates.slice(0, BASELINE_TOP_CANDIDATES).map((c) => c.id),
    );
    expect(maxNearby(sitesOf(ask(engine, DEFAULT_SITE_SETTINGS)))).toBeNaN();
  });

  it('gives every candidate a nearest city and a rank range within the candidate count', () => {
    const sites = sitesOf(ask(engineWith(), DEFAULT_SITE_SETTINGS));
    for (const c of sites.candidates) {
      expect(c.place?.name).toMatch(/Big|Small/);
      expect(c.rankRange.p5).toBeGreaterThanOrEqual(1);
      expect(c.rankRange.p95).toBeLessThanOrEqual(sites.candidates.length);
    }
  });

  it('answers an empty dataset with no cells and no candidates, not an error', () => {
    const sites = sitesOf(ask(engineWith(emptyAtlas()), DEFAULT_SITE_SETTINGS));
    expect(sites.grid?.cellIds).toEqual([]);
    expect(sites.candidates).toEqual([]);
  });

  it('says what went wrong in its own answer when asked before any dataset', () => {
    const response = ask(createComputeEngine(), DEFAULT_SITE_SETTINGS);
    expect(response.sites).toBeNull();
  });
});

describe('the sites request in an as-of view', () => {
  it("measures the cells again in the view's layout, then reuses them while the view stays", () => {
    const engine = engineWith();
    const askIn = (vintage?: {
      asOf: { kind: 'year'; year: number };
      includeUnknownYear: boolean;
    }) =>
      sitesOf(
        engine.handle({
          type: 'sites',
          id: nextId++,
          settings: DEFAULT_SITE_SETTINGS,
          latency: DEFAULT_LATENCY_SETTINGS,
          scoreWeights: DEFAULT_WEIGHTS,
          ...(vintage ? { vintage } : {}),
        }) as Extract<WorkerResponse, { type: 'sites' }>,
      );
    const today = askIn();
    // The synthetic atlas dates nothing: leaving out the year-unknown bucket empties the layout.
    const empty = { asOf: { kind: 'year' as const, year: 2020 }, includeUnknownYear: false };
    const past = askIn(empty);
    expect(past.values).toBeDefined();
    expect(past.values?.uhv).not.toEqual(today.values?.uhv);
    expect(past.grid).toBeUndefined(); // the dataset's grid is kept
    expect(askIn(empty).values).toBeUndefined();
    expect(askIn().values?.uhv).toEqual(today.values?.uhv);
  });
});
