// Scenarios in a real browser: a data centre placed by clicking the map joins a new scenario, is
// drawn as proposed and moves the scores; the ΔD map and the rank-change table show it; scenarios
// survive a reload (IndexedDB) and travel in the share link to a fresh browser.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openApp, readMapPixels, waitForMapIdle, type AppSession } from './harness';
import { mapPoint } from './support/mapPoint';
import { waitForSettledApp } from './support/shareableSnapshot';
import { openTab, setLayerVisibleByUi } from './support/viewDrivers';

/** Guiyang, Guizhou; and points inside Guizhou away from the new site, for its fill (one of them
 * may lie under a site, a line or a label). */
const SITE: readonly [number, number] = [106.63, 26.65];
const GUIZHOU_INSIDE: readonly (readonly [number, number])[] = [
  [105.3, 27.4],
  [108.5, 27.0],
  [104.8, 25.8],
  [107.8, 25.6],
];

interface ScenarioWindow {
  __atlasStore: { getState(): Record<string, unknown> };
}

/** What the store says of scenarios, as plain data. */
async function scenarioState(page: Page) {
  return page.evaluate(() => {
    const state = (window as unknown as ScenarioWindow).__atlasStore.getState() as {
      scenarios: { id: string; name: string; modifications: unknown[] }[];
      activeScenarioId: string | null;
      comparison: { scenarios: { id: string }[] } | null;
      deltaMapScenarioId: string | null;
      dataset: { atlas: { datacentres: { proposed?: boolean; position: number[] }[] } } | null;
    };
    return {
      scenarios: state.scenarios.map((s) => ({
        id: s.id,
        name: s.name,
        count: s.modifications.length,
      })),
      active: state.activeScenarioId,
      compared: state.comparison?.scenarios.map((s) => s.id) ?? [],
      delta: state.deltaMapScenarioId,
      proposed: (state.dataset?.atlas.datacentres ?? [])
        .filter((d) => d.proposed)
        .map((d) => d.position),
    };
  });
}

/** Software WebGL frames take seconds here: every wait allows 30 s. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

const near = (a: readonly number[], b: readonly number[], degrees: number) =>
  Math.abs(a[0]! - b[0]!) < degrees && Math.abs(a[1]! - b[1]!) < degrees;

/** True when a magenta pixel (the proposed ring) lies within `radiusPx` of the point. */
async function magentaNear(page: Page, lonLat: readonly [number, number], radiusPx: number) {
  const { pixels } = await readMapPixels(page, lonLat[0], lonLat[1], radiusPx);
  return pixels.some(([r, g, b]) => r > 170 && b > 170 && g < 130);
}

async function fillsAt(page: Page, points: readonly (readonly [number, number])[]) {
  const fills = [];
  for (const [lon, lat] of points) fills.push((await readMapPixels(page, lon, lat, 0)).pixels[0]!);
  return fills;
}

describe('scenarios', () => {
  it('places a data centre by clicking the map, draws it as proposed, and shows ΔD and the rank changes', async () => {
    const app = await openApp({ lang: 'en' });
    const { page } = app;
    try {
      await waitForSettledApp(page);
      await openTab(page, 'scenarios');
      await page.getByRole('button', { name: 'New scenario' }).click();
      await page.getByRole('button', { name: 'Data centre', exact: true }).click();
      await poll(() => page.getByRole('status').first().textContent()).toContain('Click the map');
      const target = await mapPoint(page, SITE[0], SITE[1]);
      expect(target.onMap, `Guiyang lies under ${target.topElement}`).toBe(true);
      await page.mouse.click(target.pageX, target.pageY);
      await poll(async () =>
        (await scenarioState(page)).proposed.some((p) => near(p, SITE, 0.3)),
      ).toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('modification-list').textContent()).resolves.toContain(
        'Data centre',
      );
      await page.mouse.move(5, 5);
      await waitForMapIdle(page);
      expect(await magentaNear(page, SITE, 16)).toBe(true);
      // Only the provinces stay drawn, so the fills read are the choropleth's.
      for (const layer of ['power_lines', 'fibre_routes', 'wind_farms', 'power_plants']) {
        await setLayerVisibleByUi(page, layer, false);
      }
      for (const layer of ['network_nodes', 'datacentres', 'hubs']) {
        await setLayerVisibleByUi(page, layer, false);
      }
      await openTab(page, 'scenarios');
      await page.mouse.move(5, 5);
      await waitForMapIdle(page);
      const usualFills = await fillsAt(page, GUIZHOU_INSIDE);

      // Compare with the baseline: the rank-change table names Guizhou and what moved.
      const { scenarios } = await scenarioState(page);
      await page.getByLabel(`Compare ${scenarios[0]!.name}`).check();
      await poll(async () => (await scenarioState(page)).compared).toEqual([scenarios[0]!.id]);
      const row = page.locator('[data-testid="rank-change-table"] tr[data-region="CN-GZ"]');
      await poll(() => row.textContent()).toContain('Known large data centres');
      expect(await row.textContent()).toMatch(/→/);
      await poll(() => page.getByTestId('scenario-pass-counts').textContent()).toContain('/');

      // The ΔD map: Guizhou turns to the gain side of the diverging ramp, legend in units of D.
      await page.getByLabel(`ΔD · ${scenarios[0]!.name}`).check();
      await poll(() => page.getByTestId('delta-legend').textContent()).toContain('units of D');
      await waitForMapIdle(page);
      const deltaFills = await fillsAt(page, GUIZHOU_INSIDE);
      // PuOr: a gain of D is purple (blue above red), a loss orange (red above blue); which one
      // is the model's answer (a higher compute index may unbalance the province: lower C).
      const deltaD = await page.evaluate(() => {
        const { comparison } = (window as unknown as ScenarioWindow).__atlasStore.getState() as {
          comparison: {
            baseline: { scores: { regions: { regionId: string; degree?: number }[] } };
            scenarios: {
              analysis: { scores: { regions: { regionId: string; degree?: number }[] } };
            }[];
          };
        };
        const d = (regions: { regionId: string; degree?: number }[]) =>
          regions.find((r) => r.regionId === 'CN-GZ')!.degree!;
        return (
          d(comparison.scenarios[0]!.analysis.scores.regions) -
          d(comparison.baseline.scores.regions)
        );
      });
      expect(deltaD).not.toBe(0);
      const turned = deltaFills.filter(
        (fill, i) =>
          JSON.stringify(fill) !== JSON.stringify(usualFills[i]) &&
          (deltaD > 0 ? fill[2] > fill[0] : fill[0] > fill[2]),
      );
      console.info(
        `Guizhou ΔD ${deltaD}: fills ${JSON.stringify(usualFills)} → ${JSON.stringify(deltaFills)}`,
      );
      expect(turned.length).toBeGreaterThan(0);

      // The baseline is one click away: the proposed site leaves the map.
      await page.getByRole('button', { name: 'Show the baseline' }).click();
      await poll(async () => (await scenarioState(page)).proposed).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);

  it('keeps a scenario across a reload and restores it from the share link in a fresh browser', async () => {
    const sender = await openApp({ lang: 'en' });
    let receiver: AppSession | undefined;
    try {
      const { page } = sender;
      await waitForSettledApp(page);
      // "Build here" is the store action the site finder calls.
      await page.evaluate((site) => {
        const state = (window as unknown as ScenarioWindow).__atlasStore.getState() as {
          startScenarioWithSite(position: readonly number[], values: object): void;
        };
        state.startScenarioWithSite(site, { capacityMw: 1000 });
      }, SITE);
      const hash = () => page.evaluate(() => window.location.hash);
      await poll(hash).toMatch(/[#&]sc=1\./);
      const unnamed = await hash();
      await openTab(page, 'scenarios');
      const name = page.getByLabel('Name', { exact: true });
      await name.fill('Guiyang campus');
      await name.press('Enter');
      await poll(async () => (await scenarioState(page)).scenarios[0]?.name).toBe('Guiyang campus');
      // The link is rewritten with the new name (encoding is asynchronous, writes throttled).
      await poll(hash).not.toBe(unnamed);
      expect(await hash()).toMatch(/[#&]sc=1\./);
      const link = await page.evaluate(() => window.location.href);
      expect(link.length).toBeLessThan(8000);

      // Reload without the link: the scenario is listed from the browser's storage.
      await page.waitForTimeout(600); // the storage write is debounced by 250 ms
      await page.goto(appUrl(), { waitUntil: 'load' });
      await waitForSettledApp(page);
      await openTab(page, 'scenarios');
      await poll(async () => (await scenarioState(page)).scenarios.map((s) => s.name)).toEqual([
        'Guiyang campus',
      ]);
      await page.getByTestId('scenario-select').selectOption({ label: 'Guiyang campus' });
      await poll(async () =>
        (await scenarioState(page)).proposed.some((p) => near(p, SITE, 1e-6)),
      ).toBe(true);

      // A fresh browser opens the link with the same scenario active.
      receiver = await openApp({ hash: new URL(link).hash });
      await waitForSettledApp(receiver.page);
      await poll(async () => {
        const state = await scenarioState(receiver!.page);
        return { names: state.scenarios.map((s) => s.name), active: state.active !== null };
      }).toEqual({ names: ['Guiyang campus'], active: true });
      expect((await scenarioState(receiver.page)).proposed).toEqual([SITE]);
      await waitForMapIdle(receiver.page);
      expect(sender.consoleErrors).toEqual([]);
      expect(receiver.consoleErrors).toEqual([]);
      expect([...sender.foreignRequests, ...receiver.foreignRequests]).toEqual([]);
    } finally {
      await receiver?.close();
      await sender.close();
    }
  }, 240_000);
});
