// The feature years and regional statistics by year of the committed dataset, checked against the
// fact tables' own cells (not the build's code): what the "as of" views filter and score by.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { DATA_DIR, layer, manifest } from './committedData';

const source = (name: string) => readCsv(resolve(DATA_DIR, 'sources', `${name}.csv`));
const byId = (id: string) => new Map(layer(id).map((f) => [String(f.properties.id), f.properties]));
const LAYERS = [
  'power_lines',
  'fibre_routes',
  'wind_farms',
  'power_plants',
  'network_nodes',
  'datacentres',
  'hubs',
];

describe('feature years', () => {
  it.each(LAYERS)('%s: a precision exactly where a start year is, and never a retire year before it', (id) => {
    for (const p of layer(id).map((f) => f.properties)) {
      expect('year_precision' in p, String(p.id)).toBe('start_year' in p);
      if ('retire_year' in p) expect(Number(p.retire_year)).toBeGreaterThanOrEqual(Number(p.start_year));
    }
  });

  it('starts every operating UHV line in its commissioning year or year in service, and no line under construction', () => {
    const lines = byId('power_lines');
    for (const row of source('uhv_lines')) {
      const p = lines.get(row.id!)!;
      if (row.status === 'under_construction') expect(p.start_year, row.id).toBeUndefined();
      else expect(p.start_year, row.id).toBe(Number((row.commissioned || row.year_in_service)!.slice(0, 4)));
    }
  });

  it('starts a data centre in its year opened, a plant in its year, a wind phase in GEM’s start year', () => {
    const cases = [
      ['datacentres', 'datacentres', 'id', 'year_opened'],
      ['power_plants', 'major_power_plants', 'id', 'year'],
      ['wind_farms', 'china_wind_phases', 'gem_phase_id', 'start_year'],
    ] as const;
    for (const [id, table, key, column] of cases) {
      const features = byId(id);
      for (const row of source(table)) {
        const cell = row[column] ?? '';
        expect(features.get(row[key]!)!.start_year, `${id} ${row[key]}`).toBe(
          /^\d{4}$/.test(cell) ? Number(cell) : undefined,
        );
      }
    }
  });

  it('keeps GEM’s retired years, and a hub or cluster starts in its approval month', () => {
    const farms = byId('wind_farms');
    const retired = source('china_wind_phases').filter((row) => row.retired_year !== '');
    expect(retired.length).toBeGreaterThan(0);
    for (const row of retired) expect(farms.get(row.gem_phase_id!)!.retire_year).toBe(Number(row.retired_year));
    for (const p of layer('hubs').map((f) => f.properties))
      expect([p.start_year, p.year_precision]).toEqual([Number(String(p.approved).slice(0, 4)), 'month']);
  });
});

describe('regional statistics by year', () => {
  const history = source('province_history');
  const regions = layer('regions').map((f) => f.properties);

  it('gives every mainland region its population and GDP for every year of province_history.csv', () => {
    for (const row of history) {
      const region = regions.find((r) => r.id === row.iso_code)!;
      expect(region[`population_10k_${row.year}`], `${row.iso_code} ${row.year}`).toBe(Number(row.population_10k));
      expect(region[`gdp_100m_cny_${row.year}`], `${row.iso_code} ${row.year}`).toBe(Number(row.gdp_100m_cny));
    }
    expect(new Set(history.map((row) => row.iso_code)).size).toBe(31);
  });

  it('describes each yearly statistic in the manifest with its year as its vintage', () => {
    const fields = manifest.fields.regions ?? [];
    for (const year of new Set(history.map((row) => row.year))) {
      const field = fields.find((f) => f.key === `population_10k_${year}`);
      expect(field?.vintage).toBe(year);
    }
  });
});

describe('policy events', () => {
  const events = (manifest as unknown as { policy_events: { date: string; source: string; verified: string }[] })
    .policy_events;

  it('are dated YYYY or YYYY-MM, in order, each with a source and how well it was checked', () => {
    expect(events.length).toBeGreaterThan(3);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of events) {
      expect(event.date).toMatch(/^\d{4}(-(0[1-9]|1[0-2]))?$/);
      expect(event.source.length).toBeGreaterThan(10);
      expect(['source-checked', 'recalled', 'mixed']).toContain(event.verified);
    }
  });

  it('date the hub approvals as hubs.csv does', () => {
    const approved = new Set(source('hubs').map((row) => row.approved));
    expect([...approved]).toEqual(['2022-02']);
    expect(events.map((e) => e.date)).toContain('2022-02');
  });
});
