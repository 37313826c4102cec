import { describe, expect, it } from 'vitest';
import { buildWindFarms, phaseName } from './windFarms';

const row = {
  gem_phase_id: 'G100000905258',
  gem_location_id: 'L100000904237',
  project_name: 'Anhui Anqing Daguan wind farm',
  project_name_local: '',
  phase: '',
  capacity_mw: '49.5',
  installation_type: 'onshore',
  offshore_mount: '',
  status: 'operating',
  start_year: '2020',
  retired_year: '',
  owner: 'Huadian Fuxin Energy Development CO LTD',
  owner_local: '华电福新能源发展有限公司',
  operator: 'Huadian Fuxin Anqing Wind Power Co LTD',
  hydrogen: '',
  prefecture: 'Anqing',
  county: 'Daguan District',
  province: 'Anhui',
  iso_code: 'CN-AH',
  lat: '30.5607',
  lon: '116.9128',
  location_accuracy: 'exact',
  below_threshold: '',
  date_last_researched: '2022/04/05',
  gem_wiki_url: 'https://www.gem.wiki/Anhui_Anqing_Daguan_wind_farm',
  qa_note: '',
};

const one = (overrides: Partial<typeof row>) => buildWindFarms([{ ...row, ...overrides }])[0];

describe('buildWindFarms', () => {
  it('keeps the GEM phase id, the wiki page as source and GEM’s province, and leaves empty cells out', () => {
    const farm = one({});
    expect(farm?.properties).toEqual({
      id: 'G100000905258',
      name: 'Anhui Anqing Daguan wind farm',
      source: 'https://www.gem.wiki/Anhui_Anqing_Daguan_wind_farm',
      approx: false,
      region_id: 'CN-AH',
      status: 'operating',
      capacity_mw: 49.5,
      installation: 'onshore',
      start_year: 2020,
      year_precision: 'year',
      owner: 'Huadian Fuxin Energy Development CO LTD',
      owner_zh: '华电福新能源发展有限公司',
      operator: 'Huadian Fuxin Anqing Wind Power Co LTD',
      gem_location_id: 'L100000904237',
    });
    expect(farm?.geometry.coordinates).toEqual([116.9128, 30.5607]);
  });

  it('writes GEM’s retired_year as retire_year, the name every layer uses', () => {
    expect(one({ status: 'retired', retired_year: '2022' })?.properties).toMatchObject({
      start_year: 2020,
      retire_year: 2022,
    });
  });

  it('maps GEM statuses to snake_case and marks the inferred ones', () => {
    expect(one({ status: 'pre-construction' })?.properties.status).toBe('pre_construction');
    const shelved = one({ status: 'shelved - inferred 2 y' })?.properties;
    expect([shelved?.status, shelved?.status_inferred]).toEqual(['shelved', true]);
    const cancelled = one({ status: 'cancelled - inferred 4 y' })?.properties;
    expect([cancelled?.status, cancelled?.status_inferred]).toEqual(['cancelled', true]);
    expect(one({ status: 'cancelled' })?.properties).not.toHaveProperty('status_inferred');
  });

  it('fails on a status, installation or accuracy it does not know', () => {
    expect(() => one({ status: 'mothballed' })).toThrow(/G100000905258 status/);
    expect(() => one({ installation_type: 'floating' })).toThrow(/installation_type/);
    expect(() => one({ location_accuracy: 'rough' })).toThrow(/location_accuracy/);
  });

  it('reads approximate locations, offshore mounts and the yes flags', () => {
    const farm = one({
      location_accuracy: 'approximate',
      installation_type: 'offshore',
      offshore_mount: 'hard mount',
      hydrogen: 'yes',
      below_threshold: 'yes',
    })?.properties;
    expect(farm).toMatchObject({
      approx: true,
      installation: 'offshore',
      offshore_mount: 'hard_mount',
      hydrogen: true,
      below_threshold: true,
    });
    expect(one({ installation_type: '' })?.properties).not.toHaveProperty('installation');
  });

  it('keeps a QA note and flags the row', () => {
    const farm = one({ qa_note: 'GEM province looks wrong' })?.properties;
    expect([farm?.qa_flagged, farm?.qa_note]).toEqual([true, 'GEM province looks wrong']);
  });

  it('names a phase after its project and GEM’s phase name', () => {
    expect(phaseName('X wind farm', '2')).toBe('X wind farm (phase 2)');
    expect(phaseName('X wind farm', 'Phase 2 Horinger')).toBe('X wind farm (Phase 2 Horinger)');
    expect(phaseName('X wind farm', '')).toBe('X wind farm');
    expect(phaseName('X wind farm', '/')).toBe('X wind farm');
  });
});
