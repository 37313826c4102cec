import { describe, expect, it } from 'vitest';
import { vintageAtlas } from '../testing/vintageAtlas';
import { atlasAsOf } from './atlasAsOf';
import type { VintageSettings } from './asOf';

const year = (y: number, includeUnknownYear = true): VintageSettings => ({
  asOf: { kind: 'year', year: y },
  includeUnknownYear,
});
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('atlasAsOf on a synthetic atlas', () => {
  it('keeps in a year only what was in service at its end: built by then, not yet retired', () => {
    const view = atlasAsOf(vintageAtlas, year(2018), 2025);
    expect(ids(view.atlas.datacentres)).toEqual(['D1', 'D2', 'D4']);
    expect(ids(view.atlas.wind_farms)).toEqual(['W1', 'W4']);
    expect(ids(view.atlas.power_lines)).toEqual(['L1']);
    expect(ids(view.atlas.hubs)).toEqual([]);
    expect(ids(view.atlas.network_nodes)).toEqual(['N1']);
    expect(ids(view.atlas.fibre_routes)).toEqual(['F1']);
  });

  it('keeps every city in every view: places are not dated, only infrastructure is', () => {
    const view = atlasAsOf(vintageAtlas, year(2016, false), 2025);
    expect(view.atlas.cities).toBe(vintageAtlas.cities);
    expect(view.kept.cities).toBeUndefined();
  });

  it('counts a feature from its start year and drops it in its retire year', () => {
    expect(ids(atlasAsOf(vintageAtlas, year(2017), 2025).atlas.power_lines)).toEqual([]);
    expect(ids(atlasAsOf(vintageAtlas, year(2019), 2025).atlas.datacentres)).toContain('D4');
    expect(ids(atlasAsOf(vintageAtlas, year(2020), 2025).atlas.datacentres)).not.toContain('D4');
    expect(ids(atlasAsOf(vintageAtlas, year(2022), 2025).atlas.hubs)).toEqual(['H1']);
  });

  it('shows a feature retired later as operating in the years it ran', () => {
    const farms = atlasAsOf(vintageAtlas, year(2018), 2025).atlas.wind_farms;
    expect(farms.find((f) => f.id === 'W4')?.status).toBe('operating');
    expect(vintageAtlas.wind_farms.find((f) => f.id === 'W4')?.status).toBe('retired');
  });

  it('includes the year-unknown bucket when asked, and leaves it out otherwise', () => {
    expect(ids(atlasAsOf(vintageAtlas, year(2018, false), 2025).atlas.datacentres)).toEqual([
      'D1',
      'D4',
    ]);
  });

  it('never puts a pipeline or abandoned feature in a year, even one past its planned start', () => {
    const view = atlasAsOf(vintageAtlas, year(2030), 2030);
    expect(ids(view.atlas.datacentres)).not.toContain('D3');
    expect(ids(view.atlas.wind_farms)).toEqual(['W1', 'W5']);
  });

  it('builds the pipeline view on the latest year with every pipeline feature as if built', () => {
    const view = atlasAsOf(
      vintageAtlas,
      { asOf: { kind: 'pipeline' }, includeUnknownYear: true },
      2025,
    );
    expect(ids(view.atlas.datacentres)).toEqual(['D1', 'D2', 'D3', 'D5']);
    expect(ids(view.atlas.wind_farms)).toEqual(['W1', 'W2', 'W5']);
    expect(view.atlas.wind_farms.find((f) => f.id === 'W2')?.status).toBe('operating');
  });

  it('maps each kept record back to its index in the whole atlas', () => {
    const view = atlasAsOf(vintageAtlas, year(2018), 2025);
    expect([...view.kept.datacentres!]).toEqual([0, 1, 3]);
    view.atlas.datacentres.forEach((dc, i) =>
      expect(vintageAtlas.datacentres[view.kept.datacentres![i]!]!.id).toBe(dc.id),
    );
    expect(view.kept.fibre_routes).toBeUndefined();
    expect(view.atlas.fibre_routes).toBe(vintageAtlas.fibre_routes);
  });

  it('gives the regions the statistics of the year, the latest one before it when missing', () => {
    const at = (y: number) =>
      atlasAsOf(vintageAtlas, year(y), 2025).atlas.regions.map((r) => r.stats.population_10k);
    expect(at(2015)).toEqual([80, 40]);
    expect(at(2019)).toEqual([80, 40]);
    expect(at(2020)).toEqual([90, 45]);
    expect(at(2025)).toEqual([100, 50]);
    const coal = atlasAsOf(vintageAtlas, year(2016), 2025).atlas.regions.map(
      (r) => r.stats.coal_capacity_gw,
    );
    expect(coal).toEqual([5, 9]);
  });

  it('is the atlas itself in the all view', () => {
    const view = atlasAsOf(
      vintageAtlas,
      { asOf: { kind: 'all' }, includeUnknownYear: false },
      2025,
    );
    expect(view.atlas).toBe(vintageAtlas);
    expect(view.kept).toEqual({});
  });
});
