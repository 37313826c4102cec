// The default dataset in a real browser (issue 3): a new user sees every feature of the fact
// tables and the manifest, the "Data & sources" panel with licences and sources, and the
// approximate and recalled flags in a feature's details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readyTimeoutMs, type AppSession } from './harness';
import { readAtlasState, recordField, type AtlasSnapshot } from './support/atlasState';
import { readManifestLayers, readSourceTable, sourceIds } from './support/sourceTables';
import { openReady, search } from './support/userActions';

/** Regions drawn as part of China without statistics of their own. */
const SARS_AND_TAIWAN = ['CN-HK', 'CN-MO', 'CN-TW'];

const sorted = (ids: readonly string[]) => [...ids].sort();
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** UHV lines of the fact table with both ends located: the others cannot be drawn. */
function drawableUhvLineIds(): string[] {
  return readSourceTable('uhv_lines')
    .filter((row) => row.start_lon && row.start_lat && row.end_lon && row.end_lat)
    .map((row) => row.id ?? '');
}

describe('the default dataset, opened as a new user would', () => {
  let app: AppSession;
  let page: Page;
  let state: AtlasSnapshot;
  beforeAll(async () => {
    app = await openReady({ lang: 'en' });
    page = app.page;
    state = await readAtlasState(page);
  });
  afterAll(() => app?.close());

  it('loads every layer the manifest lists, with the feature count it states', async () => {
    const manifest = readManifestLayers();
    const ids = state.dataset?.ids ?? {};
    expect(sorted(state.dataset?.manifestLayerIds ?? [])).toEqual(
      sorted(manifest.map((l) => l.id)),
    );
    for (const layer of manifest) {
      expect(state.dataset?.states[layer.id], layer.id).toBe('loaded');
      expect(ids[layer.id]?.length, layer.id).toBe(layer.feature_count);
      const row = page.locator(`.layer-list li[data-layer="${layer.id}"]`);
      expect(await row.innerText()).toContain(
        `${layer.feature_count.toLocaleString('en-GB')} features`,
      );
    }
  });

  it('shows the 31 mainland provinces and Hong Kong, Macao and Taiwan', () => {
    const mainland = sourceIds('province_stats', 'iso_code');
    expect(mainland).toHaveLength(31);
    expect(sorted(sourceIds('province_power_2023', 'iso_code'))).toEqual(sorted(mainland));
    expect(sorted(state.dataset?.ids.regions ?? [])).toEqual(
      sorted([...mainland, ...SARS_AND_TAIWAN]),
    );
  });

  it('shows every hub, cluster, data centre, plant, backbone node, fibre corridor and wind phase of the tables', async () => {
    const ids = state.dataset?.ids ?? {};
    const tables: readonly (readonly [string, string, number, string?])[] = [
      ['hubs', 'hubs', 18],
      ['datacentres', 'datacentres', 161],
      ['power_plants', 'major_power_plants', 219],
      ['network_nodes', 'backbone', 26],
      ['fibre_routes', 'fibre_corridors', 61],
      ['wind_farms', 'china_wind_phases', 8288, 'gem_phase_id'],
    ];
    for (const [layerId, table, expected, idColumn] of tables) {
      const tableIds = sourceIds(table, idColumn);
      expect(tableIds, table).toHaveLength(expected);
      expect(sorted(ids[layerId] ?? []), layerId).toEqual(sorted(tableIds));
    }
    const hubTypes = await Promise.all(
      (ids.hubs ?? []).map((id) => recordField(page, 'hubs', id, 'type')),
    );
    expect(hubTypes.filter((type) => type === 'hub')).toHaveLength(8);
    expect(hubTypes.filter((type) => type === 'cluster')).toHaveLength(10);
  });

  it('shows every UHV line of the fact table, all 52 with both ends', () => {
    const drawable = drawableUhvLineIds();
    expect(readSourceTable('uhv_lines')).toHaveLength(52);
    expect(drawable).toHaveLength(52);
    expect(sorted(state.dataset?.ids.power_lines ?? [])).toEqual(sorted(drawable));
  });

  it('lists each layer’s licence and sources under "Data & sources", and says there is no 审图号', async () => {
    await page.getByRole('tab', { name: 'Data & sources' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.locator('[data-sources]').first().waitFor({ timeout: readyTimeoutMs });
    const panelText = normalise(await panel.innerText());
    expect(panelText).toContain('it has no map review number (审图号)');
    expect(panelText).toContain('not the national standard map');
    expect(panelText).toMatch(/Edition: 2 \(2026-12\)/);
    for (const layer of readManifestLayers()) {
      const section = normalise(await panel.locator(`[data-sources="${layer.id}"]`).innerText());
      expect(layer.licence, `${layer.id} has a licence`).toBeTruthy();
      expect(section, layer.id).toContain(`Licence ${normalise(layer.licence ?? '')}`);
      expect(layer.sources.length, `${layer.id} has sources`).toBeGreaterThan(0);
      for (const source of layer.sources) expect(section, layer.id).toContain(normalise(source));
    }
  });

  it('flags an approximate site, and a recalled one, in its details; a checked exact one has no flag', async () => {
    const flagsOf = async (name: string) => {
      await search(page, name);
      const panel = page.getByTestId('detail-panel');
      await panel.locator('h2', { hasText: name }).waitFor({ timeout: readyTimeoutMs });
      return {
        approx: await panel.getByText('Approximate position or schematic route').count(),
        recalled: await panel.getByText('Recalled, not re-checked against a source').count(),
      };
    };
    expect(await flagsOf('Alibaba Cloud Qiandao Lake data centre')).toEqual({
      approx: 1,
      recalled: 1,
    });
    expect(await flagsOf("China Mobile Ya'an cloud computing centre")).toEqual({
      approx: 1,
      recalled: 0,
    });
    expect(await flagsOf('Three Gorges Dam Hydropower Station')).toEqual({
      approx: 0,
      recalled: 0,
    });
  });

  it('logged no console error and asked no other origin', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
