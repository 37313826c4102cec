// "Add data" in a real browser (issue 8): the WRI plants CSV picked with the file button joins the
// map and the scores; a broken dropped file is explained and nothing loaded is lost; HTML inside a
// property is shown as text and runs nothing. Every test also refuses console errors (CSP reports).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  colourDistance,
  openApp,
  readMapPixels,
  readyTimeoutMs,
  waitForAppReady,
  waitForMapIdle,
  type OpenAppOptions,
  type Rgba,
} from './harness';

/** Half-width of the pixel square probed around a plant (device pixels). */
const PROBE_PX = 3;

const WRI_FILE = [fileURLToPath(new URL('../../..', import.meta.url))]
  .map((parent) => path.resolve(parent, 'shared/datasets/wri-gppd-china/china_power_plants.csv'))
  .find((file) => existsSync(file));
if (!WRI_FILE)
  console.info('Skipped the WRI drop test: china_power_plants.csv is not in ../shared.');

interface StoreWindow {
  __atlasStore: { getState(): Record<string, unknown> };
}

/** Counts and a digest of the scores, read from the app's store. */
async function storeFacts(page: Page) {
  return page.evaluate(() => {
    const state = (window as unknown as StoreWindow).__atlasStore.getState() as {
      dataset: { atlas: Record<string, unknown[]> } | null;
      addedLayers: { name: string; records: unknown[] }[];
      analysis: { raw: unknown; scores: unknown } | null;
    };
    return {
      counts: Object.fromEntries(
        Object.entries(state.dataset?.atlas ?? {}).map(([id, records]) => [id, records.length]),
      ),
      added: state.addedLayers.map((layer) => ({ name: layer.name, count: layer.records.length })),
      scores: state.analysis ? JSON.stringify([state.analysis.raw, state.analysis.scores]) : null,
    };
  });
}

async function openAnalysed(options: OpenAppOptions = {}) {
  const app = await openApp({ lang: 'en', ...options });
  await waitForAppReady(app.page, 2 * readyTimeoutMs);
  await expect
    .poll(async () => (await storeFacts(app.page)).scores, { timeout: readyTimeoutMs })
    .not.toBeNull();
  return app;
}

interface DragWindow {
  __transfer?: DataTransfer;
}

/** Drags `text` as a file over the page, as a user about to drop a file on the map. */
async function dragFile(page: Page, name: string, text: string, type = 'application/json') {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      (window as DragWindow).__transfer = transfer;
      const zone = document.querySelector('[data-testid="drop-zone"]');
      if (!zone) throw new Error('no drop zone');
      for (const kind of ['dragenter', 'dragover']) {
        zone.dispatchEvent(
          new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { name, text, type },
  );
}

/** Drops the file being dragged. */
async function dropDragged(page: Page) {
  await page.evaluate(() => {
    const zone = document.querySelector('[data-testid="drop-zone"]');
    const dataTransfer = (window as DragWindow).__transfer;
    zone?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
  });
}

async function dropFile(page: Page, name: string, text: string) {
  await dragFile(page, name, text);
  await dropDragged(page);
}

/** WRI plants at least 1.5° from every plant the page already has, largest first. */
function lonelyPlants(csv: string, existing: readonly (readonly [number, number])[]) {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows
    .map((row) => ({
      lon: Number(row.longitude),
      lat: Number(row.latitude),
      mw: Number(row.capacity_mw),
    }))
    .filter((p) => p.lon > 80 && p.lon < 130 && p.lat > 22 && p.lat < 50)
    .filter((p) => existing.every(([lon, lat]) => Math.hypot(lon - p.lon, lat - p.lat) > 1.5))
    .sort((a, b) => b.mw - a.mw);
}

/** The one colour of the pixels around a point, or undefined when they differ (a line, a label). */
async function plainColourAt(page: Page, lon: number, lat: number): Promise<Rgba | undefined> {
  const { pixels } = await readMapPixels(page, lon, lat, PROBE_PX);
  const [first] = pixels;
  return first && pixels.every((pixel) => colourDistance(pixel, first) <= 8) ? first : undefined;
}

/** Whether something now stands out from the plain colour the point had. */
async function inkedSince(page: Page, probe: { lon: number; lat: number; colour: Rgba }) {
  const { pixels } = await readMapPixels(page, probe.lon, probe.lat, PROBE_PX);
  return pixels.some((pixel) => colourDistance(pixel, probe.colour) > 40);
}

describe('adding data from a file', () => {
  it.skipIf(!WRI_FILE)(
    'adds the WRI plants: confirm dialog, Layers list, new ink on the map, new scores',
    async () => {
      const csv = readFileSync(WRI_FILE ?? '', 'utf8');
      const app = await openAnalysed({ hash: 'l=en&ly=pp' });
      const { page } = app;
      try {
        const before = await storeFacts(page);
        const positions = await page.evaluate(() =>
          (
            (window as unknown as StoreWindow).__atlasStore.getState() as {
              dataset: { atlas: { power_plants: { position: [number, number] }[] } };
            }
          ).dataset.atlas.power_plants.map((plant) => plant.position),
        );
        await waitForMapIdle(page);
        const probes: { lon: number; lat: number; colour: Rgba }[] = [];
        for (const plant of lonelyPlants(csv, positions).slice(0, 20)) {
          const colour = await plainColourAt(page, plant.lon, plant.lat);
          if (colour) probes.push({ ...plant, colour });
          if (probes.length === 3) break;
        }
        expect(probes.length).toBeGreaterThan(0);

        await page.setInputFiles('[data-testid="add-data-input"]', {
          name: 'china_power_plants.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(csv),
        });
        const dialog = page.getByRole('dialog');
        await dialog.waitFor({ timeout: readyTimeoutMs });
        expect(await dialog.getByLabel('Layer', { exact: true }).inputValue()).toBe('power_plants');
        expect(await dialog.getByLabel('Licence', { exact: true }).inputValue()).toMatch(/CC BY/);
        expect(await dialog.getByTestId('import-report').innerText()).toMatch(/\d+ features kept/);
        await dialog.getByRole('button', { name: 'Add to the map' }).click();

        await expect
          .poll(async () => (await storeFacts(page)).added, { timeout: readyTimeoutMs })
          .toHaveLength(1);
        const after = await storeFacts(page);
        const added = after.added[0]?.count ?? 0;
        expect(added).toBeGreaterThan(1000);
        expect(after.counts.power_plants).toBe((before.counts.power_plants ?? 0) + added);
        expect(await page.getByTestId('import-status').innerText()).toContain(
          `Added ${added} features`,
        );
        const listed = page.locator('[data-added-layer]');
        expect(await listed.innerText()).toContain('china_power_plants');
        expect(await listed.innerText()).toMatch(/CC BY/);

        await expect
          .poll(async () => (await storeFacts(page)).scores, { timeout: readyTimeoutMs })
          .not.toBe(before.scores);
        await waitForMapIdle(page);
        const inked = await Promise.all(probes.map((probe) => inkedSince(page, probe)));
        expect(inked.some(Boolean)).toBe(true);
        expect(
          await page.getByTestId('legend').locator('[data-legend="power_plants"]').count(),
        ).toBe(1);

        await listed.getByRole('button', { name: /Remove the layer/ }).click();
        await expect
          .poll(async () => (await storeFacts(page)).counts.power_plants)
          .toBe(before.counts.power_plants);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );

  it('explains a broken dropped file and keeps every loaded layer', async () => {
    const app = await openAnalysed();
    const { page } = app;
    try {
      const before = await storeFacts(page);
      await dragFile(
        page,
        'cut-off.geojson',
        '{"type":"FeatureCollection","features":[{"type":"Feat',
      );
      const zone = page.getByTestId('drop-zone');
      await expect.poll(() => zone.getAttribute('data-active')).toBe('true');
      expect(await zone.innerText()).toContain('Drop the file');
      await dropDragged(page);
      const status = page.getByTestId('import-status');
      await status.waitFor({ timeout: readyTimeoutMs });
      expect(await status.getAttribute('role')).toBe('alert');
      const text = await status.innerText();
      expect(text).toContain('cut-off.geojson');
      expect(text).toMatch(/truncated/);
      expect(text).toContain('Nothing already loaded was changed');
      const after = await storeFacts(page);
      expect(after.counts).toEqual(before.counts);
      expect(after.added).toEqual([]);
      expect(await page.getByTestId('drop-zone').getAttribute('data-active')).toBe('false');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows HTML in a property as text and runs none of it', async () => {
    const app = await openAnalysed();
    const { page } = app;
    const payload = '<img src=x onerror="window.__xss=1">';
    try {
      const file = JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [106.6, 26.4] },
            properties: { id: 'xss-1', name: payload, operator: payload, source: payload },
          },
        ],
      });
      await dropFile(page, 'sites.geojson', file);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: readyTimeoutMs });
      expect(await dialog.getByTestId('import-report').innerText()).toMatch(/HTML/i);
      await dialog.getByLabel('Name in the layer list').fill(payload);
      await dialog.getByRole('button', { name: 'Add to the map' }).click();
      await page.locator('[data-added-layer]').waitFor({ timeout: readyTimeoutMs });
      await page.evaluate(() =>
        (
          window as unknown as { __atlasStore: { getState(): { select(ref: unknown): void } } }
        ).__atlasStore
          .getState()
          .select({ layerId: 'datacentres', id: 'xss-1' }),
      );
      await page.getByText(payload).first().waitFor({ timeout: readyTimeoutMs });
      expect(await page.locator('[data-added-layer]').innerText()).toContain(payload);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
      ).toBeUndefined();
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
