// The site finder in a real browser (issue 14): the Sites tab lists ranked candidates with rank
// ranges over a drawn hexagon surface, a weight change reorders them, a mask removes cells, the
// link restores the same candidates, Build here starts a scenario at a cell, and the page asks
// nothing of another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './harness';
import { deckLayerVisible } from './support/deckHandle';
import { readyTimeoutMs, waitForMapIdle } from './support/readiness';
import { openReady } from './support/userActions';

/** The first national answer builds the grid and measures every criterion: allow for it. */
const SITES_POLL = { timeout: 3 * readyTimeoutMs, interval: 200 } as const;

interface SitesSnapshot {
  readonly settingsJson: string;
  readonly answerFor: string;
  readonly candidateIds: readonly string[];
  readonly counts: { scored: number; masked: number; incomplete: number };
  readonly cellCount: number;
  readonly error: string | null;
}

/** What the store holds of the site finder (ids of the candidates in rank order). */
async function readSites(page: Page): Promise<SitesSnapshot | null> {
  return page.evaluate(() => {
    type Store = { getState(): Record<string, unknown> };
    const state = (window as unknown as { __atlasStore: Store }).__atlasStore.getState();
    const sites = state.sites as {
      settings: unknown;
      candidates: { id: string }[];
      cells: { counts: { scored: number; masked: number; incomplete: number } };
      grid: { cellIds: string[] };
    } | null;
    if (!sites) return null;
    return {
      settingsJson: JSON.stringify(state.siteFinder),
      answerFor: JSON.stringify(sites.settings),
      candidateIds: sites.candidates.map((c) => c.id),
      counts: sites.cells.counts,
      cellCount: sites.grid.cellIds.length,
      error: (state.sitesError as string | null) ?? null,
    };
  });
}

/** Waits until the store's answer is for the current settings, and returns it. */
async function settledSites(page: Page): Promise<SitesSnapshot> {
  await page.waitForFunction(
    () => {
      type Store = { getState(): Record<string, unknown> };
      const state = (window as unknown as { __atlasStore: Store }).__atlasStore.getState();
      const sites = state.sites as { settings: unknown } | null;
      if (state.sitesError) return true;
      return sites !== null && JSON.stringify(sites.settings) === JSON.stringify(state.siteFinder);
    },
    undefined,
    { timeout: SITES_POLL.timeout, polling: SITES_POLL.interval },
  );
  return (await readSites(page))!;
}

const tableIds = (page: Page) =>
  page
    .locator('table.sites-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-candidate') ?? ''));

describe('the Sites tab on the default dataset, in English', () => {
  let app: AppSession;
  let page: Page;
  let first: SitesSnapshot;

  beforeAll(async () => {
    app = await openReady({ lang: 'en' });
    page = app.page;
    await page.getByRole('tab', { name: 'Sites' }).click();
    first = await settledSites(page);
    await page
      .locator('table.sites-table tbody tr')
      .first()
      .waitFor({ timeout: SITES_POLL.timeout });
  });
  afterAll(() => app?.close());

  it('lists ranked candidates with their rank ranges over a national res-5 grid', async () => {
    expect(first.error).toBeNull();
    expect(first.cellCount).toBeGreaterThan(35_000);
    expect(first.candidateIds.length).toBeGreaterThan(3);
    expect(await tableIds(page)).toEqual(
      first.candidateIds.slice(0, (await tableIds(page)).length),
    );
    const firstRow = page.locator('table.sites-table tbody tr').first();
    await expect.poll(() => firstRow.locator('td').nth(4).innerText()).toMatch(/^\d+–\d+$/);
    await expect.poll(() => page.locator('[data-validation="default"]').innerText()).toMatch(/%/);
  });

  it('draws the hexagon surface on the map with its legend', async () => {
    await waitForMapIdle(page);
    expect(await deckLayerVisible(page, 'sites:cells')).toBe(true);
    await expect.poll(() => page.locator('[data-legend="sites"]').count()).toBe(1);
  });

  it('reorders the candidates when a weight changes', async () => {
    const slider = page.getByRole('slider', {
      name: 'Population within 300 km Criteria and weights',
    });
    await slider.focus();
    await slider.press('End');
    const moved = await settledSites(page);
    expect(JSON.parse(moved.settingsJson).weights.population).toBe(1);
    expect(moved.candidateIds).not.toEqual(first.candidateIds);
  });

  it('removes cells with a mask', async () => {
    const before = await settledSites(page);
    await page.locator('[data-mask="uhv"] input[type="checkbox"]').check();
    const after = await settledSites(page);
    expect(after.counts.masked).toBeGreaterThan(before.counts.masked);
    expect(after.counts.scored).toBeLessThan(before.counts.scored);
    const beyond = await page.evaluate(() => {
      type Store = { getState(): Record<string, unknown> };
      const state = (window as unknown as { __atlasStore: Store }).__atlasStore.getState();
      const sites = state.sites as { values: { uhv: Float64Array }; cells: { status: Uint8Array } };
      let scoredBeyond = 0;
      sites.values.uhv.forEach((km, i) => {
        if (km > 150 && sites.cells.status[i] === 0) scoredBeyond += 1;
      });
      return scoredBeyond;
    });
    expect(beyond).toBe(0);
  });

  it('restores the same candidates from the link in a new browser', async () => {
    const current = await settledSites(page);
    await page.waitForFunction(() => window.location.hash.includes('sf='));
    const hash = await page.evaluate(() => window.location.hash);
    const other = await openReady({ lang: 'en', hash });
    try {
      const restored = await settledSites(other.page);
      expect(restored.settingsJson).toBe(current.settingsJson);
      expect(restored.candidateIds).toEqual(current.candidateIds);
      await other.page
        .locator('table.sites-table tbody tr')
        .first()
        .waitFor({ timeout: SITES_POLL.timeout });
      expect(other.foreignRequests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('starts a scenario with a proposed data centre at a candidate cell (Build here), which the surface then counts, beside the baseline’s candidates', async () => {
    await page.locator('table.sites-table tbody tr').first().click();
    await page.waitForFunction(() => {
      type Store = { getState(): { siteFinder: { selectedCell?: string } | null } };
      const store = (window as unknown as { __atlasStore: Store }).__atlasStore;
      return store.getState().siteFinder?.selectedCell !== undefined;
    });
    /** Known data centres within 50 km of the selected cell, as the last answer measured them. */
    const nearbyAtSelection = () =>
      page.evaluate(() => {
        type Sites = { grid: { cellIds: string[] }; values: { dc_nearby: Float64Array } };
        type State = { siteFinder: { selectedCell: string }; sites: Sites | null };
        const store = (window as unknown as { __atlasStore: { getState(): State } }).__atlasStore;
        const { siteFinder, sites } = store.getState();
        if (!sites) return null;
        return sites.values.dc_nearby[sites.grid.cellIds.indexOf(siteFinder.selectedCell)] ?? null;
      });
    const before = await nearbyAtSelection();
    expect(before).not.toBeNull();
    await page.getByRole('button', { name: 'Build here' }).click();
    const scenario = await page.evaluate(() => {
      type Scenario = { id: string; modifications: { kind: string; layerId: string }[] };
      type State = { panelTab: string; activeScenarioId: string | null; scenarios: Scenario[] };
      const store = (window as unknown as { __atlasStore: { getState(): State } }).__atlasStore;
      const state = store.getState();
      const active = state.scenarios.find((s) => s.id === state.activeScenarioId);
      return { tab: state.panelTab, modifications: active?.modifications ?? [] };
    });
    expect(scenario.tab).toBe('scenarios');
    expect(scenario.modifications).toEqual([
      expect.objectContaining({ kind: 'add', layerId: 'datacentres' }),
    ]);
    await expect
      .poll(nearbyAtSelection, { timeout: SITES_POLL.timeout, interval: SITES_POLL.interval })
      .toBe(before! + 1);
    await page.getByRole('tab', { name: 'Sites' }).click();
    const beside = page.getByTestId('sites-scenario-top').locator('tbody tr');
    await expect.poll(() => beside.count(), SITES_POLL).toBeGreaterThan(0);
  });

  it('asks nothing of another origin and logs no error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
