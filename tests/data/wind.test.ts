// The committed wind_farms layer against GEM's own totals and against the placement rules of
// scripts/buildData/windRegions.ts, measured independently here with turf and the region outlines.
// Read as raw GeoJSON: the app's parser learns the wind_farms family in the app-side change.
import { resolve } from 'node:path';
import { pointToPolygonDistance } from '@turf/turf';
import type { MultiPolygon, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { WIND_EXCEPTIONS } from '../../scripts/buildData/windExceptions';
import { regionAt } from './chinaOutline';
import { DATA_DIR, layer } from './committedData';

const farms = layer('wind_farms');
const rows = readCsv(resolve(DATA_DIR, 'sources/china_wind_phases.csv'));
const regions = new Map(layer('regions').map((r) => [String(r.properties.id), r.geometry]));
const mw = (status: string) =>
  farms
    .filter((f) => f.properties.status === status)
    .reduce((sum, f) => sum + Number(f.properties.capacity_mw), 0);
const kmTo = (f: (typeof farms)[number], regionId: string) =>
  Math.abs(
    pointToPolygonDistance((f.geometry as Point).coordinates, regions.get(regionId) as MultiPolygon, {
      units: 'kilometers',
    }),
  );

describe('committed wind farms', () => {
  // Reference: GEM Global Wind Power Tracker, June 2024 release, China rows: 395,693 MW operating
  // including the 7 below-threshold rows (data/sources/gem-wind-china.PROVENANCE.md, "Totals").
  it('sum to the operating capacity GEM’s tracker gives, within 1 % (395.7 GW)', () => {
    const byProvince = new Map<string, number>();
    for (const f of farms.filter((x) => x.properties.status === 'operating')) {
      const id = String(f.properties.region_id);
      byProvince.set(id, (byProvince.get(id) ?? 0) + Number(f.properties.capacity_mw));
    }
    const totalGw = [...byProvince.values()].reduce((a, b) => a + b, 0) / 1000;
    console.log(`operating wind: ${totalGw.toFixed(1)} GW in ${byProvince.size} provinces`);
    expect(totalGw).toBeGreaterThan(395.7 * 0.99);
    expect(totalGw).toBeLessThan(395.7 * 1.01);
    expect(mw('construction') / 1000).toBeCloseTo(159.34, 1);
  });

  it('keep every phase of the table once, with its GEM phase id, and GEM’s province where it is not flagged', () => {
    expect(farms.map((f) => f.properties.id)).toEqual(rows.map((r) => r.gem_phase_id));
    rows.forEach((row, i) => {
      const p = farms[i]!.properties;
      expect(p.region_reassigned_from ?? p.region_id, row.gem_phase_id).toBe(row.iso_code);
    });
  });

  it('lie in their province, or within 30 km of it (flagged), or are reassigned to the province that holds them', () => {
    for (const f of farms.filter((x) => x.properties.installation !== 'offshore')) {
      const p = f.properties;
      const where = String(p.id);
      const stated = String(p.region_reassigned_from ?? p.region_id);
      const inside = regionAt((f.geometry as Point).coordinates, stated) === stated;
      const statedKm = inside ? 0 : kmTo(f, stated);
      if (p.region_reassigned_from === undefined) {
        if (inside) expect(p.outside_region_km, where).toBeUndefined();
        else {
          expect(statedKm, where).toBeLessThanOrEqual(30);
          expect(p.outside_region_km, where).toBeCloseTo(Math.max(statedKm, 0.01), 1);
        }
      } else {
        expect(statedKm, where).toBeGreaterThan(30);
        const holder = regionAt((f.geometry as Point).coordinates);
        if (holder !== undefined) expect(p.region_id, where).toBe(holder);
        else expect(kmTo(f, String(p.region_id)), where).toBeLessThanOrEqual(30);
      }
    }
  });

  it('lie offshore within 100 km of their coastal province, apart from the listed exceptions', () => {
    const offshore = farms.filter((f) => f.properties.installation === 'offshore');
    expect(offshore).toHaveLength(rows.filter((r) => r.installation_type === 'offshore').length);
    for (const f of offshore) {
      const p = f.properties;
      const id = String(p.region_id);
      const km = regionAt((f.geometry as Point).coordinates, id) === id ? 0 : kmTo(f, id);
      expect(p.offshore_km, String(p.id)).toBeCloseTo(km, 1);
      const reach = WIND_EXCEPTIONS[String(p.id)]?.offshoreReachKm ?? 100;
      expect(km, String(p.id)).toBeLessThanOrEqual(reach);
    }
  });

  it('flag the 26 rows GEM’s QA notes and the build’s exceptions, and keep the notes', () => {
    const flagged = farms.filter((f) => f.properties.qa_flagged === true).map((f) => f.properties.id);
    const expected = [
      ...rows.filter((r) => r.qa_note !== '').map((r) => r.gem_phase_id),
      ...Object.keys(WIND_EXCEPTIONS),
    ];
    expect(rows.filter((r) => r.qa_note !== '')).toHaveLength(26);
    expect([...flagged].sort()).toEqual([...new Set(expected)].sort());
  });

  it('round coordinates to 5 decimals and write no empty value', () => {
    const unrounded = farms.filter((f) =>
      (f.geometry as Point).coordinates.some((c) => Math.round(c * 1e5) / 1e5 !== c),
    );
    const empty = farms.filter((f) =>
      Object.values(f.properties).some((v) => v === '' || v === null),
    );
    expect([...unrounded, ...empty].map((f) => f.properties.id)).toEqual([]);
  });
});
