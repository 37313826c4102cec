// What a user does in the browser tests, each followed by the wait that makes the next read
// deterministic: open the app until drawn, flip a layer switch from the keyboard, search.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp } from '../harness';
import { deckLayerVisible, exposeDeck } from './deckHandle';
import { mapCamera } from './mapPoint';
import type { AppSession, OpenAppOptions } from './openSession';
import { readyTimeoutMs, waitForAppReady, waitForMapIdle } from './readiness';

/** Options for `expect.poll` waits on app state. */
export const POLL = { timeout: readyTimeoutMs, interval: 100 } as const;

/** Wait for the first load, in ms: dataset, workers and first frames, on a shared, busy CPU. */
const FIRST_LOAD_TIMEOUT_MS = 2 * readyTimeoutMs;

/** Opens the app and waits until the dataset is drawn and both map and deck are still. */
export async function openReady(options: OpenAppOptions = {}): Promise<AppSession> {
  const app = await openApp(options);
  try {
    await waitForAppReady(app.page, FIRST_LOAD_TIMEOUT_MS);
    if (!(await exposeDeck(app.page))) throw new Error('no deck.gl overlay among the map controls');
    await waitForMapIdle(app.page);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** The switch of a layer in the side panel's layer list. */
export function layerSwitch(page: Page, layerId: string): Locator {
  return page.locator(`.layer-list li[data-layer="${layerId}"] input[type="checkbox"]`);
}

/** The legend's section for a layer (absent when the layer is hidden). */
export function legendSection(page: Page, layerId: string): Locator {
  return page.locator(`[data-testid="legend"] [data-legend="${layerId}"]`);
}

/** Turns a layer switch on or off with the space bar, then waits for the map to redraw. */
export async function pressLayerSwitch(page: Page, layerId: string, on: boolean): Promise<void> {
  const box = layerSwitch(page, layerId);
  expect(await box.isChecked(), `${layerId} switch before`).toBe(!on);
  await box.press('Space');
  await expect.poll(() => deckLayerVisible(page, layerId), POLL).toBe(on);
  await waitForMapIdle(page);
}

/** Types into the search box and presses Enter. */
export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(query);
  await box.press('Enter');
}

/** Searches, then waits until the camera has flown to `target` ([lon, lat] degrees) and settled. */
export async function searchAndFly(
  page: Page,
  query: string,
  target: readonly [number, number],
): Promise<void> {
  await search(page, query);
  const distanceDeg = async () => {
    const camera = await mapCamera(page);
    return Math.hypot(camera.lng - target[0], camera.lat - target[1]);
  };
  await expect.poll(distanceDeg, POLL).toBeLessThan(0.05);
  await waitForMapIdle(page);
}
