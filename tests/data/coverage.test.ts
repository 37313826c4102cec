// Coverage against the real world: every mainland province has a data centre (the second edition
// added the last missing ones, data/sources/PROVENANCE.md), and every UHV line has its two ends
// (a line needs a sending and a receiving station; the build leaves out a row lacking either).
import { resolve } from 'node:path';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { MAINLAND_ISO_IDS } from '../../scripts/buildData/provinces';
import { DATA_DIR, layer } from './committedData';

describe('coverage of the committed dataset', () => {
  it('has at least one data centre in every mainland province', () => {
    const provinces = new Set(layer('datacentres').map((f) => f.properties.region_id));
    expect(MAINLAND_ISO_IDS.filter((id) => !provinces.has(id))).toEqual([]);
  });

  it('gives every UHV line of the table two located ends in two named provinces', () => {
    const rows = readCsv(resolve(DATA_DIR, 'sources/uhv_lines.csv'));
    const lacking = rows.filter((r) => !(r.start_lon && r.start_lat && r.end_lon && r.end_lat));
    expect(lacking.map((r) => r.id)).toEqual([]);
    const lines = layer('power_lines');
    expect(lines.map((f) => f.properties.id)).toEqual(rows.map((r) => r.id));
    for (const f of lines) {
      const coords = (f.geometry as LineString).coordinates;
      const first = coords[0];
      const last = coords[coords.length - 1];
      expect(coords.length, String(f.properties.id)).toBeGreaterThanOrEqual(2);
      expect(first, String(f.properties.id)).not.toEqual(last);
      expect(f.properties.end_region_ids, String(f.properties.id)).toHaveLength(2);
    }
  });

  it('carries the appended commissioned and opened columns to every feature whose row gives them', () => {
    const given = (table: string, column: string) =>
      readCsv(resolve(DATA_DIR, `sources/${table}.csv`)).filter((r) => r[column]).map((r) => [r.id, r[column]]);
    const written = (id: string, key: string) =>
      layer(id).filter((f) => f.properties[key] !== undefined).map((f) => [f.properties.id, f.properties[key]]);
    expect(written('power_lines', 'commissioned')).toEqual(given('uhv_lines', 'commissioned'));
    expect(written('network_nodes', 'opened')).toEqual(given('backbone', 'opened'));
    expect(given('uhv_lines', 'commissioned').length).toBeGreaterThan(20);
  });

  it('counts 28 DC and 24 AC UHV lines, as the second edition lists to end-2025', () => {
    const current = (c: string) => layer('power_lines').filter((f) => f.properties.current === c);
    expect([current('DC').length, current('AC').length]).toEqual([28, 24]);
  });
});
