// Exports in a real browser (issue 8): the map PNG (with a legend column beside the map), the
// scores CSV and the GeoJSON of what passes the constraints, each naming sources and licences.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openApp,
  readyTimeoutMs,
  waitForAppReady,
  waitForMapIdle,
  type AppSession,
} from './harness';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface StoreState {
  analysis: {
    constraints: Record<'regions' | 'datacentres' | 'hubs', { id: string; passes: boolean }[]>;
  } | null;
  setConstraints(constraints: unknown[]): void;
}

const store = (page: Page) =>
  page.evaluateHandle(
    () => (window as unknown as { __atlasStore: { getState(): StoreState } }).__atlasStore,
  );

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, kind: 'png' | 'csv' | 'geojson') {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: readyTimeoutMs }),
    openExportMenu(page).then(() => page.locator(`[data-export="${kind}"]`).click()),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('exports', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp({ lang: 'en' });
    page = app.page;
    await waitForAppReady(page, 2 * readyTimeoutMs);
    const handle = await store(page);
    await page.waitForFunction((s) => s.getState().analysis !== null, handle, {
      timeout: readyTimeoutMs,
    });
  });
  afterAll(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('downloads a PNG of the map wider than the map, for the legend column', async () => {
    await waitForMapIdle(page);
    const { name, bytes } = await download(page, 'png');
    expect(name).toMatch(/^compute-atlas-map-.+\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = bytes.readUInt32BE(16);
    const mapWidth = await page.locator('.atlas-map').evaluate((el) => el.clientWidth);
    expect(width).toBeGreaterThan(mapWidth);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('downloads the scores as CSV with a header row, sources and licences', async () => {
    const { name, bytes } = await download(page, 'csv');
    expect(name).toMatch(/\.csv$/);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    expect(lines.some((line) => line.startsWith('# Licences: ') && line.length > 14)).toBe(true);
    expect(lines.some((line) => line.startsWith('# Sources: '))).toBe(true);
    const header = lines.find((line) => !line.startsWith('#'));
    expect(header?.split(',').slice(0, 4)).toEqual(['rank', 'region_id', 'name_en', 'name_zh']);
    expect(lines.filter((line) => /^\d+,CN-/.test(line)).length).toBeGreaterThan(20);
  });

  it('downloads exactly the features that pass the constraints as GeoJSON', async () => {
    const handle = await store(page);
    const previous = await page.evaluate((s) => s.getState().analysis, handle);
    await page.evaluate(
      (s) => s.getState().setConstraints([{ kind: 'minCapacity', minCapacityMw: 100 }]),
      handle,
    );
    await page.waitForFunction(
      (args) => args[0].getState().analysis !== args[1],
      [handle, previous] as const,
      {
        timeout: readyTimeoutMs,
      },
    );
    const expected = await page.evaluate((s) => {
      const verdicts = s.getState().analysis?.constraints;
      if (!verdicts) return [];
      return (['regions', 'datacentres', 'hubs'] as const).flatMap((layer) =>
        verdicts[layer].filter((v) => v.passes).map((v) => `${layer}:${v.id}`),
      );
    }, handle);
    const { name, bytes } = await download(page, 'geojson');
    expect(name).toMatch(/\.geojson$/);
    const collection = JSON.parse(bytes.toString('utf8')) as {
      type: string;
      features: { id: string; properties: Record<string, unknown> }[];
      metadata: { licences: string[]; sources: string[]; constraints: unknown[] };
    };
    expect(collection.type).toBe('FeatureCollection');
    const got = collection.features.map((f) => `${String(f.properties.layer)}:${f.id}`);
    expect(got.sort()).toEqual([...expected].sort());
    expect(got.some((id) => id.startsWith('datacentres:'))).toBe(true);
    const sites = collection.features.filter((f) => f.properties.layer === 'datacentres');
    for (const { properties } of sites) {
      expect(Object.keys(properties).every((key) => key === key.toLowerCase())).toBe(true);
      expect(properties).toHaveProperty('approx');
      const capacity = properties.capacity_mw;
      if (capacity !== undefined) expect(capacity).toBeGreaterThanOrEqual(100);
    }
    expect(collection.metadata.constraints).toEqual([{ kind: 'minCapacity', minCapacityMw: 100 }]);
    expect(collection.metadata.licences.length).toBeGreaterThan(0);
    expect(collection.metadata.sources.length).toBeGreaterThan(0);
  });
});

/** Opens the header's Export menu unless it is open already. */
async function openExportMenu(page: Page): Promise<void> {
  const toggle = page.getByTestId('export-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
