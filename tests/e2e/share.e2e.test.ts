// Share by URL in a real browser: a link copied from the Share control restores the same state and
// the same map in a fresh browser context, and back/forward step through deliberate actions only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openApp, waitForMapIdle, type AppSession } from './harness';
import {
  cameraMismatches,
  expectSameView,
  isTopmost,
  mapScreenshot,
  saveScreenshotFile,
  shownCamera,
} from './support/sameView';
import { screenshotDiff } from './support/screenshotDiff';
import {
  analysisDigest,
  callStore,
  noticeCodes,
  readHistory,
  readShareable,
  waitForSettledApp,
} from './support/shareableSnapshot';
import {
  addConstraint,
  applyFirstPreset,
  compareRegion,
  nudgeSubsystemWeight,
  openTab,
  parkPointer,
  pickBySearch,
  setLayerVisibleByUi,
} from './support/viewDrivers';

/** Per-channel difference (0–255) still counted as the same colour: anti-aliasing noise. */
const CHANNEL_TOLERANCE = 16;
/**
 * Share of map pixels allowed to differ. The link rounds zoom to 0.01 and the centre to about
 * half a pixel, so edges of lines and labels may shift by a pixel; a wrong layer, theme, selection
 * or camera changes far more than 2% of a 1280×800 map.
 */
const MAX_DIFFERING_FRACTION = 0.02;

async function selectionOf(page: Page): Promise<unknown> {
  return (await readShareable(page)).selection;
}

describe('a shared link', () => {
  it('restores camera, theme, language, layers, weights, constraints, selection and comparison, and the same map, in a fresh browser', async () => {
    const origin = new URL(appUrl()).origin;
    const sender = await openApp({
      beforeLoad: (_page, context) =>
        context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
    });
    let receiver: AppSession | undefined;
    try {
      const { page } = sender;
      await waitForSettledApp(page);

      await pickBySearch(page, '贵州');
      await expect.poll(() => selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-GZ' });
      await waitForMapIdle(page);
      await page.getByRole('button', { name: '切换浅色或深色底图' }).click();
      await page.getByRole('button', { name: '切换到英文' }).click();
      await setLayerVisibleByUi(page, 'power_plants', false);
      const weightBy = await nudgeSubsystemWeight(page, 'power', 3);
      const constraintBy = await addConstraint(page, 'minNonFossilShare', 2, {
        kind: 'minNonFossilShare',
        minShare: 0.5,
      });
      await callStore(page, 'setLatency', {
        mode: 'round_trip',
        routeFactor: 1.8,
        perHopOverheadMs: 0.5,
      });
      const compareBy = [await compareRegion(page, 'CN-GZ'), await compareRegion(page, 'CN-SC')];
      console.info(
        `share test drove weight by ${weightBy}, constraint by ${constraintBy}, compare by ${compareBy.join('+')}`,
      );
      await openTab(page, 'layers');
      await callStore(page, 'requestCamera', {
        kind: 'fly',
        longitude: 107.3,
        latitude: 28.4,
        zoom: 5.75,
      });
      await waitForMapIdle(page);
      await page.evaluate(() =>
        (window as unknown as { __atlasMap: { jumpTo(o: object): void } }).__atlasMap.jumpTo({
          bearing: 15,
          pitch: 20,
        }),
      );
      await parkPointer(page);
      await waitForMapIdle(page);

      const original = await readShareable(page);
      expect(original).toMatchObject({
        theme: 'dark',
        lang: 'en',
        selection: { layerId: 'regions', id: 'CN-GZ' },
        compareRegionIds: ['CN-GZ', 'CN-SC'],
        latency: { mode: 'round_trip', routeFactor: 1.8, perHopOverheadMs: 0.5 },
      });
      expect(original.visibleLayers).not.toContain('power_plants');
      expect(original.visibleLayers).toContain('regions');
      expect(original.weights).toMatchObject({ subsystemWeights: { power: 0.4 } });
      expect(original.constraints).toEqual([
        expect.objectContaining({ kind: 'minNonFossilShare' }),
      ]);
      expect(
        cameraMismatches(original.camera, {
          longitude: 107.3,
          latitude: 28.4,
          zoom: 5.75,
          bearing: 15,
          pitch: 20,
        }),
      ).toEqual([]);

      const shareButton = page.getByRole('button', { name: 'Share this view as a link' });
      await shareButton.click();
      const dialog = page.getByRole('dialog', { name: 'Share this view as a link' });
      const shown = await dialog.getByTestId('share-link').inputValue();
      const copyButton = dialog.getByRole('button', { name: 'Copy link' });
      // A user must be able to reach the button; if something covers it, say so and go on.
      expect.soft(await isTopmost(copyButton), 'nothing covers the Copy link button').toBe(true);
      await copyButton.evaluate((button: HTMLElement) => button.click());
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Link copied');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(shown);
      expect(link.startsWith(`${appUrl()}#v=2&`)).toBe(true);
      expect(link.length).toBeLessThan(2000);
      // The address bar holds the same link once the throttled write has happened.
      await expect.poll(() => page.evaluate(() => window.location.href)).toBe(link);
      await shareButton.click();
      await expect(dialog.count()).resolves.toBe(0);
      const sentMap = await mapScreenshot(page, 'share-sender');

      receiver = await openApp({ hash: new URL(link).hash });
      await waitForSettledApp(receiver.page);
      const restored = await readShareable(receiver.page);
      expectSameView(restored, original);
      const receiverPage = receiver.page;
      expect(await receiverPage.evaluate(() => window.location.href)).toBe(link);
      expect(await noticeCodes(receiverPage)).toEqual([]);
      await expect
        .poll(async () => {
          const [sent, got] = await Promise.all([
            analysisDigest(page),
            analysisDigest(receiverPage),
          ]);
          return sent !== null && sent === got;
        })
        .toBe(true);

      const receivedMap = await mapScreenshot(receiverPage, 'share-receiver');
      const diff = await screenshotDiff(receiver.context, sentMap, receivedMap, CHANNEL_TOLERANCE);
      await saveScreenshotFile(Buffer.from(diff.diffPngBase64, 'base64'), 'share-diff');
      console.info(
        `share map diff: ${diff.differing} of ${diff.width}×${diff.height} px (${(diff.fraction * 100).toFixed(3)}%), max channel delta ${diff.maxChannelDelta}`,
      );
      expect(diff.fraction).toBeLessThan(MAX_DIFFERING_FRACTION);

      // Control: the same comparison does see a camera turned by one degree.
      await receiverPage.evaluate((bearing) => {
        const map = (window as unknown as { __atlasMap: { jumpTo(o: object): void } }).__atlasMap;
        map.jumpTo({ bearing });
      }, restored.camera.bearing + 1);
      const turnedMap = await mapScreenshot(receiverPage, 'share-receiver-turned');
      const turned = await screenshotDiff(receiver.context, sentMap, turnedMap, CHANNEL_TOLERANCE);
      console.info(
        `one degree of bearing changes ${(turned.fraction * 100).toFixed(2)}% of the map`,
      );
      expect(turned.fraction).toBeGreaterThan(MAX_DIFFERING_FRACTION);

      expect(sender.consoleErrors).toEqual([]);
      expect(receiver.consoleErrors).toEqual([]);
      expect([...sender.foreignRequests, ...receiver.foreignRequests]).toEqual([]);
    } finally {
      await receiver?.close();
      await sender.close();
    }
  }, 240_000);
});

describe('browser history', () => {
  it('steps back and forward through selections, while a slider drag only rewrites the current entry', async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await waitForSettledApp(page);
      const hashHas = async (text: string) => (await readHistory(page)).hash.includes(text);

      await pickBySearch(page, '贵州');
      await expect.poll(() => hashHas('s=regions:CN-GZ')).toBe(true);
      await waitForMapIdle(page);
      const afterFirst = await readHistory(page);
      await pickBySearch(page, '四川');
      await expect.poll(() => hashHas('s=regions:CN-SC')).toBe(true);
      await waitForMapIdle(page);
      const afterSecond = await readHistory(page);
      expect(afterSecond.length).toBe(afterFirst.length + 1);

      await page.goBack();
      await expect.poll(() => selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-GZ' });
      expect(await hashHas('s=regions:CN-GZ')).toBe(true);
      // What the URL and store say of the camera is what the map shows.
      await waitForMapIdle(page);
      const stored = (await readShareable(page)).camera;
      expect
        .soft(
          cameraMismatches(await shownCamera(page), stored),
          'the map shows the camera of the entry',
        )
        .toEqual([]);

      await page.goForward();
      await expect.poll(() => selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-SC' });
      expect(await hashHas('s=regions:CN-SC')).toBe(true);
      await waitForMapIdle(page);

      // Applying a preset sets several constraints at once: its own entry.
      const beforePreset = await readHistory(page);
      const presetBy = await applyFirstPreset(page);
      await expect.poll(async () => (await readShareable(page)).constraints).not.toEqual([]);
      await expect.poll(() => hashHas('&k=')).toBe(true);
      expect((await readHistory(page)).length).toBe(beforePreset.length + 1);
      await page.goBack();
      await expect.poll(async () => (await readShareable(page)).constraints).toEqual([]);
      expect(await selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-SC' });
      await page.goForward();
      await expect.poll(async () => (await readShareable(page)).constraints).not.toEqual([]);
      await waitForMapIdle(page);

      const beforeDrag = await readHistory(page);
      const weightBy = await nudgeSubsystemWeight(page, 'compute', 4);
      console.info(`history test applied the preset by ${presetBy}, the weight by ${weightBy}`);
      expect((await readShareable(page)).weights).toMatchObject({
        subsystemWeights: { compute: 0.45 },
      });
      const computeWeightInHash = async () => {
        const { hash } = await readHistory(page);
        const weights = new URLSearchParams(hash).get('w') ?? '';
        return Number(weights.split(';')[1]?.split(',')[0]);
      };
      await expect.poll(computeWeightInHash).toBe(0.45);
      const afterDrag = await readHistory(page);
      expect(afterDrag.length).toBe(beforeDrag.length);
      expect(afterDrag.hash).not.toBe(beforeDrag.hash);
      expect(afterDrag.hash).toContain('s=regions:CN-SC');

      // The drag rewrote the current entry: one step back is still the entry before the preset.
      await page.goBack();
      await expect.poll(async () => (await readShareable(page)).constraints).toEqual([]);
      expect(await selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-SC' });
      await page.goBack();
      await expect.poll(() => selectionOf(page)).toEqual({ layerId: 'regions', id: 'CN-GZ' });
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 180_000);
});
