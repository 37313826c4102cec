// Whether two views are the same: shareable state equal (the camera within what a link keeps),
// the map showing the camera the state holds, and screenshots of the map to compare.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { projectRoot } from './previewServer';
import { waitForMapIdle } from './readiness';
import type { CameraSnapshot, ShareableSnapshot } from './shareableSnapshot';

/**
 * How far a camera read back may be from the one written: a link keeps zoom to 2 decimals,
 * bearing to 1 and pitch to 0, and the centre to about half a pixel (≤ 1e-3° below zoom 8).
 */
const CAMERA_TOLERANCE: Readonly<Record<keyof CameraSnapshot, number>> = {
  longitude: 1e-3,
  latitude: 1e-3,
  zoom: 0.005 + 1e-9,
  bearing: 0.05 + 1e-9,
  pitch: 0.5 + 1e-9,
};

/** One line per camera component that differs by more than the tolerance; empty when alike. */
export function cameraMismatches(actual: CameraSnapshot, expected: CameraSnapshot): string[] {
  return (Object.keys(CAMERA_TOLERANCE) as (keyof CameraSnapshot)[]).flatMap((key) =>
    Math.abs(actual[key] - expected[key]) <= CAMERA_TOLERANCE[key]
      ? []
      : [`${key}: ${actual[key]} instead of ${expected[key]}`],
  );
}

/** Every shared field equal, the camera within CAMERA_TOLERANCE. */
export function expectSameView(restored: ShareableSnapshot, original: ShareableSnapshot): void {
  const { camera: restoredCamera, ...restoredRest } = restored;
  const { camera: originalCamera, ...originalRest } = original;
  expect(restoredRest).toEqual(originalRest);
  expect(cameraMismatches(restoredCamera, originalCamera)).toEqual([]);
}

/** The camera the MapLibre map shows right now. */
export async function shownCamera(page: Page): Promise<CameraSnapshot> {
  return page.evaluate(() => {
    type MapLike = {
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
      getBearing(): number;
      getPitch(): number;
    };
    const map = (window as { __atlasMap?: MapLike }).__atlasMap;
    if (!map) throw new Error('window.__atlasMap is not set');
    const { lng, lat } = map.getCenter();
    return {
      longitude: lng,
      latitude: lat,
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
  });
}

/** True when the element is what a pointer at its centre would hit (nothing covers it). */
export async function isTopmost(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && element.contains(top);
  });
}

/**
 * A PNG of the map element as the user sees it (with whatever lies over it), taken with no focus
 * ring and the map idle; also saved as test-results/screenshots/<name>.png.
 */
export async function mapScreenshot(page: Page, name: string): Promise<Buffer> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await waitForMapIdle(page);
  const png = await page
    .getByTestId('atlas-map')
    .screenshot({ animations: 'disabled', caret: 'hide' });
  await saveScreenshotFile(png, name);
  return png;
}

/** Writes a PNG to test-results/screenshots/<name>.png. */
export async function saveScreenshotFile(png: Buffer, name: string): Promise<void> {
  const dir = resolve(projectRoot, 'test-results/screenshots');
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, `${name}.png`), png);
}
