// The foundation in a real browser (issue 2): the built app loads quietly on its own origin,
// draws provinces and sites, hides each layer from its switch, answers hover and click, speaks
// both languages, searches, moves the camera from its buttons, and fits a phone screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  canvasHasInkAt,
  colourDistance,
  readMapPixels,
  readyTimeoutMs,
  waitForMapIdle,
  type AppSession,
} from './harness';
import { readAtlasState, recordField } from './support/atlasState';
import { deckLabelText } from './support/deckHandle';
import { featureAnchor } from './support/featureAnchor';
import { LAYER_PROBES } from './support/layerProbes';
import { mapCamera, mapPoint } from './support/mapPoint';
import { changedPixelCount, colourSpread, SAME_COLOUR_TOLERANCE } from './support/pixelDiff';
import {
  layerSwitch,
  legendSection,
  openReady,
  POLL,
  pressLayerSwitch,
  searchAndFly,
} from './support/userActions';

import { LAYER_IDS } from '../../src/domain/layerFamilies';
import { DEFAULT_VISIBLE_LAYERS } from '../../src/state/appInputs';

const detailPanel = (page: Page) => page.getByTestId('detail-panel');

describe('the app opened in Chinese on a desktop screen', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openReady({ lang: 'zh' });
    page = app.page;
  });
  afterAll(() => app?.close());

  it('finishes loading: progress gone, ready flag set, Chinese interface, every layer listed', async () => {
    expect(await page.evaluate(() => document.body.dataset.atlasReady)).toBe('true');
    expect(await page.locator('progress').count()).toBe(0);
    expect(await page.getByRole('tab', { name: '图层' }).isVisible()).toBe(true);
    const state = await readAtlasState(page);
    expect(state.lang).toBe('zh');
    expect(state.loadProgress?.totalLayers).toBe(LAYER_IDS.length);
    expect(state.loadProgress?.loadedLayers).toBe(state.loadProgress?.totalLayers);
    expect([...state.visibleLayers].sort()).toEqual([...DEFAULT_VISIBLE_LAYERS].sort());
    for (const layerId of LAYER_IDS) {
      expect(state.dataset?.states[layerId]).toBe('loaded');
      const legendShown = DEFAULT_VISIBLE_LAYERS.includes(layerId) ? 1 : 0;
      expect(await legendSection(page, layerId).count()).toBe(legendShown);
    }
  });

  it('draws the provinces apart from the sea, and ink at plants, data centres and nodes', async () => {
    // Tibet's interior (2.5° from any feature or outline) and the South China Sea.
    const [land, sea] = await Promise.all([
      readMapPixels(page, 85, 33),
      readMapPixels(page, 114, 18),
    ]);
    const [landPixel, seaPixel] = [land.pixels[0], sea.pixels[0]];
    expect(landPixel && seaPixel && colourDistance(landPixel, seaPixel)).toBeGreaterThan(10);
    expect(await canvasHasInkAt(page, 114, 18), 'the sea is plain basemap').toBe(false);
    for (const [layerId, id] of [
      ['power_plants', 'COAL-033'],
      ['datacentres', 'DCF060'],
      ['network_nodes', 'BB07'],
    ] as const) {
      const [lon, lat] = await featureAnchor(page, layerId, id);
      expect((await mapPoint(page, lon, lat)).onMap, `${id} is not covered by a panel`).toBe(true);
      expect(await canvasHasInkAt(page, lon, lat), `ink at ${id}`).toBe(true);
    }
  });

  it('hides each layer when its switch is turned off from the keyboard, and shows it again', async () => {
    for (const probe of LAYER_PROBES) {
      const [lon, lat] = await featureAnchor(page, probe.layerId, probe.featureId, probe.hint);
      const where = `${probe.layerId}/${probe.featureId} at [${lon.toFixed(2)}, ${lat.toFixed(2)}]`;
      expect((await mapPoint(page, lon, lat)).onMap, `${where} is on the open map`).toBe(true);
      const before = await readMapPixels(page, lon, lat, probe.radiusPx);
      if (probe.alone) expect(colourSpread(before), where).toBeGreaterThan(SAME_COLOUR_TOLERANCE);
      try {
        await pressLayerSwitch(page, probe.layerId, false);
        expect((await readAtlasState(page)).visibleLayers).not.toContain(probe.layerId);
        expect(await legendSection(page, probe.layerId).count()).toBe(0);
        const after = await readMapPixels(page, lon, lat, probe.radiusPx);
        expect(changedPixelCount(before, after), `pixels gone at ${where}`).toBeGreaterThan(2);
        const spread = colourSpread(after);
        if (probe.alone)
          expect(spread, `plain at ${where}`).toBeLessThanOrEqual(SAME_COLOUR_TOLERANCE);
      } finally {
        if (!(await layerSwitch(page, probe.layerId).isChecked())) {
          await pressLayerSwitch(page, probe.layerId, true);
        }
      }
      expect((await readAtlasState(page)).visibleLayers).toContain(probe.layerId);
      expect(await legendSection(page, probe.layerId).count()).toBe(1);
      const again = await readMapPixels(page, lon, lat, probe.radiusPx);
      expect(changedPixelCount(before, again), `pixels back at ${where}`).toBeLessThanOrEqual(2);
    }
  });

  it('opens a clicked power plant with its Chinese name, capacity in MW and source', async () => {
    const [lon, lat] = await featureAnchor(page, 'power_plants', 'COAL-033');
    const point = await mapPoint(page, lon, lat);
    await page.mouse.click(point.pageX, point.pageY);
    const panel = detailPanel(page);
    await panel.waitFor({ timeout: readyTimeoutMs });
    expect(await panel.locator('h2').innerText()).toBe('华能呼伦贝尔能源开发伊敏发电厂');
    const text = await panel.innerText();
    expect(text).toMatch(/3,400\s*MW/);
    expect(text).toContain(String(await recordField(page, 'power_plants', 'COAL-033', 'source')));
    await panel.getByRole('button', { name: '关闭' }).click();
    expect(await detailPanel(page).count()).toBe(0);
  });

  it('names a hovered data centre in the tooltip and details it on click', async () => {
    const position = await featureAnchor(page, 'datacentres', 'DCF060');
    await searchAndFly(page, '四川移动雅安云计算中心', position);
    await detailPanel(page).getByRole('button', { name: '关闭' }).click();
    await waitForMapIdle(page);
    const point = await mapPoint(page, ...position);
    expect(point.onMap).toBe(true);
    await page.mouse.move(point.pageX, point.pageY);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: readyTimeoutMs });
    expect(await tooltip.innerText()).toContain('四川移动雅安云计算中心');

    await page.mouse.click(point.pageX, point.pageY);
    const panel = detailPanel(page);
    await panel.waitFor({ timeout: readyTimeoutMs });
    expect(await panel.locator('h2').innerText()).toBe('四川移动雅安云计算中心');
    expect(await panel.innerText()).toMatch(/3,000\s*racks/);
    expect(await panel.locator('.detail-source').innerText()).toContain('jkq.yaan.gov.cn');
    expect((await readAtlasState(page)).selection).toEqual({
      layerId: 'datacentres',
      id: 'DCF060',
    });
  });

  it('flies to Guizhou when 贵州 is searched, and details it', async () => {
    await searchAndFly(page, '贵州', await featureAnchor(page, 'regions', 'CN-GZ'));
    expect((await mapCamera(page)).zoom).toBeCloseTo(5.5, 1);
    expect(await detailPanel(page).locator('h2').innerText()).toBe('贵州省');
    expect((await readAtlasState(page)).selection).toEqual({ layerId: 'regions', id: 'CN-GZ' });
  });

  it('logged no console error and asked no other origin', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('the app opened in English on a desktop screen', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openReady({ lang: 'en' });
    page = app.page;
  });
  afterAll(() => app?.close());

  it('speaks English: interface, layer switches and the province labels on the map', async () => {
    expect((await readAtlasState(page)).lang).toBe('en');
    expect(await page.getByRole('tab', { name: 'Layers' }).isVisible()).toBe(true);
    expect(await page.locator('.layer-list li[data-layer="regions"]').innerText()).toContain(
      'Provinces',
    );
    expect(await deckLabelText(page, 'regions:labels', 'CN-GZ')).toBe('Guizhou');
  });

  it('zooms in and out from its buttons and fits the whole country again', async () => {
    const fitted = await mapCamera(page);
    const zoomTo = async (name: string, expected: number) => {
      await page.getByRole('button', { name }).click();
      await expect.poll(async () => (await mapCamera(page)).zoom, POLL).toBeCloseTo(expected, 2);
      await waitForMapIdle(page);
    };
    await zoomTo('Zoom in', fitted.zoom + 1);
    await zoomTo('Zoom in', fitted.zoom + 2);
    await zoomTo('Zoom out', fitted.zoom + 1);
    await zoomTo('Fit the whole country', fitted.zoom);
    const refitted = await mapCamera(page);
    expect(refitted.lng).toBeCloseTo(fitted.lng, 1);
    expect(refitted.lat).toBeCloseTo(fitted.lat, 1);
  });

  it('details a clicked UHV line with its voltage in kV', async () => {
    const probe = LAYER_PROBES.find((candidate) => candidate.layerId === 'power_lines');
    const anchor = await featureAnchor(page, 'power_lines', 'DC22', probe?.hint);
    const point = await mapPoint(page, ...anchor);
    await page.mouse.move(point.pageX, point.pageY);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: readyTimeoutMs });
    expect(await tooltip.innerText()).toContain('Jinshang–Hubei');
    await page.mouse.click(point.pageX, point.pageY);
    const panel = detailPanel(page);
    await panel.waitFor({ timeout: readyTimeoutMs });
    expect(await panel.locator('h2').innerText()).toBe('Jinshang–Hubei');
    expect(await panel.innerText()).toMatch(/800\s*kV/);
    expect(await panel.locator('.detail-source').innerText()).toContain('globaltimes.cn');
  });

  it('flies to Guizhou when it is searched by its English name, and details it', async () => {
    await searchAndFly(page, 'Guizhou', await featureAnchor(page, 'regions', 'CN-GZ'));
    expect((await mapCamera(page)).zoom).toBeCloseTo(5.5, 1);
    expect(await detailPanel(page).locator('h2').innerText()).toBe('Guizhou');
  });

  it('switches to Chinese: interface, details and the map labels given to deck.gl', async () => {
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await page.getByRole('tab', { name: '图层' }).waitFor({ timeout: readyTimeoutMs });
    expect((await readAtlasState(page)).lang).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('.layer-list li[data-layer="regions"]').innerText()).toContain(
      '省级行政区',
    );
    expect(await legendSection(page, 'hubs').locator('h3').innerText()).toBe('算力枢纽与集群');
    expect(await detailPanel(page).locator('h2').innerText()).toBe('贵州省');
    await expect.poll(() => deckLabelText(page, 'regions:labels', 'CN-GZ'), POLL).toBe('贵州省');
    expect(await deckLabelText(page, 'hubs:labels', 'HUB-GZ')).toBe('贵州枢纽');
    expect(await page.getByRole('button', { name: '切换到英文' }).isVisible()).toBe(true);
  });

  it('logged no console error and asked no other origin', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('the app on a phone-sized screen', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openReady({ lang: 'en', viewport: { width: 390, height: 844 } });
    page = app.page;
  });
  afterAll(() => app?.close());

  const horizontalOverflowPx = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  it('starts with the side panel collapsed and opens it from the panel toggle', async () => {
    const toggle = page.getByRole('button', { name: 'Show or hide the side panel' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await readAtlasState(page)).panelOpen).toBe(false);
    const hubsSwitch = page.locator('.layer-list li[data-layer="hubs"] input');
    expect(await hubsSwitch.isVisible()).toBe(false);
    expect(await horizontalOverflowPx()).toBe(0);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await hubsSwitch.waitFor({ state: 'visible', timeout: readyTimeoutMs });
    const panel = await page.getByRole('tablist').boundingBox();
    expect(panel && panel.x >= 0 && panel.x + panel.width <= 390).toBe(true);
    expect(await horizontalOverflowPx()).toBe(0);
  });

  it('logged no console error and asked no other origin', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
