// Waits that make browser tests deterministic on software WebGL: the app's own ready flag and
// a map with nothing left to load or draw. Never time-based; each wait fails with a diagnosis.
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './pageGlobals';

/** Default wait for anything the map or the app does, in milliseconds (software WebGL is slow). */
export const readyTimeoutMs = 30_000;

/** Consecutive animation frames the map must stay idle before it counts as settled. */
const settledFrames = 3;

/**
 * Waits until `document.body.dataset.atlasReady === 'true'`, which the app sets once the
 * dataset is loaded and the first paint is done.
 */
export async function waitForAppReady(page: Page, timeoutMs = readyTimeoutMs): Promise<void> {
  try {
    await page.waitForFunction(() => document.body?.dataset.atlasReady === 'true', undefined, {
      timeout: timeoutMs,
    });
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        ready: document.body?.dataset.atlasReady ?? '(unset)',
        text: (document.body?.innerText ?? '').slice(0, 300),
      }))
      .catch(() => ({ ready: '(page gone)', text: '' }));
    throw new Error(
      `App not ready after ${timeoutMs} ms: body[data-atlas-ready]=${state.ready}; page text: ${JSON.stringify(state.text)}`,
      { cause: error },
    );
  }
}

/**
 * Waits until `window.__atlasMap` exists, `map.loaded()`, the camera is still, no frame is
 * scheduled, and the deck (`window.__atlasDeck`, if any) has every layer loaded and no redraw
 * pending — for several frames in a row.
 */
export async function waitForMapIdle(page: Page, timeoutMs = readyTimeoutMs): Promise<void> {
  await page.evaluate(() => {
    (window as AtlasWindow).__atlasIdleFrames = 0;
  });
  try {
    // Page-side code is serialised: no named inner functions (bundlers may wrap them in helpers).
    await page.waitForFunction(
      (needed: number) => {
        const w = window as AtlasWindow;
        const map = w.__atlasMap;
        const deck = w.__atlasDeck?._deck ?? w.__atlasDeck;
        let idle = !!map && map.loaded() && !map.isMoving() && !map._frameRequest;
        if (idle && deck && typeof deck.needsRedraw === 'function') {
          const layers = deck.layerManager?.getLayers() ?? [];
          idle =
            deck.isInitialized !== false &&
            !deck.needsRedraw({ clearRedrawFlags: false }) &&
            layers.every((layer) => layer.isLoaded);
        }
        w.__atlasIdleFrames = idle ? (w.__atlasIdleFrames ?? 0) + 1 : 0;
        return w.__atlasIdleFrames >= needed;
      },
      settledFrames,
      { polling: 'raf', timeout: timeoutMs },
    );
  } catch (error) {
    throw new Error(`Map not idle after ${timeoutMs} ms: ${await describeMap(page)}`, {
      cause: error,
    });
  }
}

/** One line on why the map is not idle, for failure messages. */
async function describeMap(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const w = window as AtlasWindow;
      const map = w.__atlasMap;
      if (!map) return 'window.__atlasMap is not set';
      const deck = w.__atlasDeck?._deck ?? w.__atlasDeck;
      const pending = deck?.layerManager
        ?.getLayers()
        .filter((layer) => !layer.isLoaded)
        .map((layer) => layer.id);
      return JSON.stringify({
        loaded: map.loaded(),
        moving: map.isMoving(),
        frameScheduled: !!map._frameRequest,
        deck: deck ? 'present' : 'absent',
        deckRedraw: deck?.needsRedraw?.({ clearRedrawFlags: false }) ?? null,
        layersLoading: pending ?? [],
      });
    })
    .catch((error: unknown) => `page unavailable (${String(error)})`);
}
