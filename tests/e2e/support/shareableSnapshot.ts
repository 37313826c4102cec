// Reads and drives the app's store (`window.__atlasStore`) from a browser test: the shareable
// fields as plain data, a digest of the worker's analysis, and calls of the store's actions.
import type { Page } from 'playwright-core';
import { readyTimeoutMs, waitForAppReady, waitForMapIdle } from './readiness';

/** The fields a shared link must restore (everything shareable but the dataset). */
export const SHARED_FIELDS = [
  'camera',
  'theme',
  'lang',
  'visibleLayers',
  'metric',
  'weights',
  'constraints',
  'latency',
  'selection',
  'compareRegionIds',
] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

export interface CameraSnapshot {
  readonly longitude: number;
  readonly latitude: number;
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

/** The shareable fields as JSON-safe data; only the camera is typed, the rest is compared whole. */
export type ShareableSnapshot = { readonly camera: CameraSnapshot } & Readonly<
  Record<Exclude<SharedField, 'camera'>, unknown>
>;

interface StoreWindow {
  __atlasStore?: { getState(): Record<string, unknown> };
}

/** The shared fields of the store, deep-copied out of the page. */
export async function readShareable(page: Page): Promise<ShareableSnapshot> {
  return page.evaluate((fields) => {
    const store = (window as StoreWindow).__atlasStore;
    if (!store) throw new Error('window.__atlasStore is not set');
    const state = store.getState();
    return JSON.parse(
      JSON.stringify(Object.fromEntries(fields.map((field) => [field, state[field]]))),
    ) as ShareableSnapshot;
  }, SHARED_FIELDS);
}

/** Calls one store action, e.g. `callStore(page, 'toggleCompare', 'CN-GZ')`. */
export async function callStore(page: Page, action: string, ...args: unknown[]): Promise<void> {
  await page.evaluate(
    ({ action, args }) => {
      const state = (window as StoreWindow).__atlasStore?.getState();
      const run = state?.[action];
      if (typeof run !== 'function') throw new Error(`the store has no action ${action}`);
      (run as (...values: unknown[]) => void)(...args);
    },
    { action, args },
  );
}

/** Waits until the compute worker has delivered an analysis for the loaded dataset. */
export async function waitForAnalysis(page: Page, timeoutMs = readyTimeoutMs): Promise<void> {
  await page.waitForFunction(
    () => (window as StoreWindow).__atlasStore?.getState().analysis != null,
    undefined,
    { timeout: timeoutMs },
  );
}

/** Ready flag, map idle and an analysis present: the app has settled on its inputs. */
export async function waitForSettledApp(page: Page, timeoutMs = 2 * readyTimeoutMs): Promise<void> {
  await waitForAppReady(page, timeoutMs);
  await waitForAnalysis(page, timeoutMs);
  await waitForMapIdle(page, timeoutMs);
}

/**
 * What the analysis says, without timings: every region's score and the constraint pass counts,
 * as one JSON string (equal inputs on equal data give equal digests).
 */
export async function analysisDigest(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const analysis = (window as StoreWindow).__atlasStore?.getState().analysis as
      { scores: { regions: unknown }; constraints: { counts: unknown } } | null | undefined;
    if (!analysis) return null;
    return JSON.stringify({
      regions: analysis.scores.regions,
      counts: analysis.constraints.counts,
    });
  });
}

/** The page's location hash without `#`, and how many entries its session history holds. */
export async function readHistory(page: Page): Promise<{ hash: string; length: number }> {
  return page.evaluate(() => ({
    hash: window.location.hash.replace(/^#/, ''),
    length: window.history.length,
  }));
}

/** The code (and URL key) of every notice the store holds, in order. */
export async function noticeCodes(page: Page): Promise<{ code: string; key?: string }[]> {
  return page.evaluate(() => {
    const store = (window as { __atlasStore?: { getState(): { notices: unknown } } }).__atlasStore;
    const notices = (store?.getState().notices ?? []) as { code: string; key?: string }[];
    return notices.map(({ code, key }) => (key === undefined ? { code } : { code, key }));
  });
}
