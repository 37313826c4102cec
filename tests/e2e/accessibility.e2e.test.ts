// Accessibility checked by the standard engine (axe-core): no serious or critical violation on the
// first screen, on every tab of the side panel and in the dialogs, in both languages; keyboard
// focus stays inside an open dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, readyTimeoutMs, type AppSession } from './harness';
import { seriousViolations } from './support/axe';
import { openReady } from './support/userActions';

describe.each(['en', 'zh'] as const)('accessibility, %s', (lang) => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openReady({ lang });
    page = app.page;
  });
  afterAll(() => app?.close());

  it('has no serious or critical violation on the first screen', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none on any tab of the side panel', async () => {
    const tabs = await page.getByRole('tab').all();
    expect(tabs.length).toBeGreaterThanOrEqual(4);
    for (const tab of tabs) {
      await tab.click();
      await page.getByRole('tabpanel').waitFor();
      const name = await tab.innerText();
      expect(await seriousViolations(page), name).toEqual([]);
    }
  });

  it('has none in the share dialog, and keeps keyboard focus inside it', async () => {
    await page.getByRole('button', { name: lang === 'en' ? 'Share' : '分享' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('has none in the import dialog, and keeps keyboard focus inside it', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x1', name: 'Test site', source: 'test', approx: true },
          geometry: { type: 'Point', coordinates: [106.6, 26.6] },
        },
      ],
    };
    await page.setInputFiles('[data-testid="add-data-input"]', {
      name: 'sites.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor({ timeout: readyTimeoutMs });
    expect(await seriousViolations(page)).toEqual([]);
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('accessibility of the question before another origin’s dataset loads', () => {
  it('has no serious or critical violation, and keeps keyboard focus inside it', async () => {
    const app = await openApp({ lang: 'en', hash: 'v=2&ds=https%3A%2F%2Fexample.org%2Fatlas%2F' });
    try {
      const dialog = app.page.getByTestId('confirm-remote-dataset');
      await dialog.waitFor({ timeout: readyTimeoutMs });
      expect(await seriousViolations(app.page)).toEqual([]);
      await expectFocusTrapped(app.page, dialog);
    } finally {
      await app.close();
    }
  });
});

async function expectFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  }
}
