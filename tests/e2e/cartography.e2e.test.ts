// Cartography in the browser: the legend keeps to a corner of the map (≤ 15 % of the map's area,
// on a desktop and on a phone viewport), and the name labels the map draws never overlap, at three
// zooms. Label boxes are measured here — canvas text metrics in each label layer's own font, and
// map.project — not read from the app's placement, so a placement bug shows. Crowded data centres
// gather into clusters at national zoom, each site drawn once, and a click on one flies in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readyTimeoutMs, waitForMapIdle, type AppSession } from './harness';
import { openReady, POLL } from './support/userActions';

/** Largest share of the map's area the legend's box may cover. */
const MAX_LEGEND_SHARE = 0.15;

interface LabelBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The share of the map container's area the legend's box covers (its visible part). */
async function legendShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const legend = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect();
    const map = document.querySelector('.map-container')!.getBoundingClientRect();
    const width = Math.max(0, Math.min(legend.right, map.right) - Math.max(legend.left, map.left));
    const height = Math.max(0, Math.min(legend.bottom, map.bottom) - Math.max(legend.top, map.top));
    return (width * height) / (map.width * map.height);
  });
}

/** Boxes of every name label drawn on screen (hubs and provinces), in map pixels. */
async function drawnLabelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    type Accessor = ((datum: unknown) => unknown) | unknown;
    type LabelLayer = { id: string; props: Record<string, Accessor> & { data?: unknown } };
    const w = window as unknown as {
      __atlasMap: {
        project(p: [number, number]): { x: number; y: number };
        getContainer(): HTMLElement;
      };
      __atlasDeck: { _deck?: { layerManager: { getLayers(): LabelLayer[] } } };
    };
    const map = w.__atlasMap;
    const layers = w.__atlasDeck._deck!.layerManager.getLayers();
    const read = (value: Accessor, datum: unknown) =>
      typeof value === 'function' ? (value as (d: unknown) => unknown)(datum) : value;
    const context = document.createElement('canvas').getContext('2d')!;
    const { width, height } = map.getContainer().getBoundingClientRect();
    const boxes: LabelBox[] = [];
    for (const layer of layers) {
      if (!['hubs:labels', 'regions:labels'].includes(layer.id)) continue;
      if (layer.props.visible === false || !Array.isArray(layer.props.data)) continue;
      for (const datum of layer.props.data as unknown[]) {
        const size = Number(read(layer.props.getSize, datum));
        if (!(size > 0)) continue;
        const text = String(read(layer.props.getText, datum));
        const anchor = map.project(read(layer.props.getPosition, datum) as [number, number]);
        const [dx, dy] = (read(layer.props.getPixelOffset, datum) as number[] | undefined) ?? [
          0, 0,
        ];
        context.font = `${String(layer.props.fontWeight)} ${size}px ${String(layer.props.fontFamily)}`;
        const half = context.measureText(text).width / 2;
        const x = anchor.x + dx!;
        const y = anchor.y + dy!;
        if (x + half < 0 || x - half > width || y + size < 0 || y - size > height) continue;
        boxes.push({
          text,
          left: x - half,
          right: x + half,
          top: y - size / 2,
          bottom: y + size / 2,
        });
      }
    }
    return boxes;
  });
}

const overlapping = (boxes: readonly LabelBox[]): string[] =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.text} × ${b.text}`),
  );

/** Moves the camera, then waits until the app stored the zoom at rest and the map settled. */
async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ({ center, zoom }) =>
      (window as unknown as { __atlasMap: { jumpTo(o: object): void } }).__atlasMap.jumpTo({
        center,
        zoom,
      }),
    { center, zoom },
  );
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            (
              window as unknown as {
                __atlasStore: { getState(): { camera: { zoom: number } } };
              }
            ).__atlasStore.getState().camera.zoom,
        ),
      POLL,
    )
    .toBeCloseTo(zoom, 3);
  await waitForMapIdle(page);
}

describe('legend size', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)(
    'covers at most 15 percent of the map on a %s viewport as it opens, every section expanded',
    async (_, viewport) => {
      const app = await openReady({ viewport, lang: 'en' });
      try {
        // Open every section the legend has (the worst case for its size).
        await app.page.evaluate(() => {
          for (const section of document.querySelectorAll<HTMLDetailsElement>(
            '[data-testid="legend"] details',
          ))
            section.open = true;
        });
        expect(await legendShare(app.page)).toBeLessThanOrEqual(MAX_LEGEND_SHARE);
      } finally {
        await app.close();
      }
    },
    readyTimeoutMs * 4,
  );
});

describe('name labels', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openReady({ lang: 'zh' });
  }, readyTimeoutMs * 4);
  afterAll(() => app?.close());

  it.each([
    ['national', [104.5, 35.8], 3.5],
    ['regional', [113, 32], 5],
    ['a hub close-up', [106.6, 26.6], 6.5],
  ] as const)(
    'never overlap at the %s zoom',
    async (_, center, zoom) => {
      await jumpTo(app.page, [...center], zoom);
      const boxes = await drawnLabelBoxes(app.page);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      expect(overlapping(boxes)).toEqual([]);
    },
    readyTimeoutMs * 2,
  );
});

interface DrawnClusters {
  /** Sites drawn as themselves plus those gathered in clusters. */
  readonly sitesDrawn: number;
  readonly sitesInDataset: number;
  readonly symbols: number;
  /** Page position and zoom to fly to of a cluster whose centre picks the cluster itself. */
  readonly clickable?: { x: number; y: number; expandAtZoom: number; count: number };
}

/** What the data-centre layers draw now: lone sites, clusters and one cluster to click. */
async function drawnDataCentreClusters(page: Page): Promise<DrawnClusters> {
  return page.evaluate(() => {
    type Cluster = { count: number; position: [number, number]; expandAtZoom: number };
    type DeckLayer = { id: string; props: { visible?: boolean; data?: unknown } };
    const w = window as unknown as {
      __atlasMap: {
        project(p: [number, number]): { x: number; y: number };
        getContainer(): HTMLElement;
      };
      __atlasDeck: {
        _deck?: { layerManager: { getLayers(): DeckLayer[] } };
        pickObject(o: { x: number; y: number; radius: number }): { layer?: { id: string } } | null;
      };
      __atlasStore: { getState(): { dataset: { atlas: { datacentres: unknown[] } } } };
    };
    const layers = w.__atlasDeck._deck!.layerManager.getLayers();
    const byId = (id: string) => layers.find((layer) => layer.id === id);
    const lone = (byId('datacentres')!.props.data as { length: number }).length;
    const clusterLayer = byId('datacentres:clusters')!;
    const clusters = clusterLayer.props.visible ? (clusterLayer.props.data as Cluster[]) : [];
    const box = w.__atlasMap.getContainer().getBoundingClientRect();
    const clickable = [...clusters]
      .sort((a, b) => b.count - a.count)
      .map((cluster) => ({ cluster, at: w.__atlasMap.project(cluster.position) }))
      .find(
        ({ at }) =>
          at.x > 0 &&
          at.y > 0 &&
          at.x < box.width &&
          at.y < box.height &&
          w.__atlasDeck.pickObject({ x: at.x, y: at.y, radius: 0 })?.layer?.id ===
            'datacentres:clusters',
      );
    return {
      sitesDrawn: lone + clusters.reduce((sum, cluster) => sum + cluster.count, 0),
      sitesInDataset: w.__atlasStore.getState().dataset.atlas.datacentres.length,
      symbols: lone + clusters.length,
      clickable: clickable && {
        x: box.left + clickable.at.x,
        y: box.top + clickable.at.y,
        expandAtZoom: clickable.cluster.expandAtZoom,
        count: clickable.cluster.count,
      },
    };
  });
}

describe('crowded sites', () => {
  it(
    'gather into clusters at national zoom, every site counted once, and a click flies in',
    async () => {
      const app = await openReady({ lang: 'en' });
      try {
        await jumpTo(app.page, [112, 33], 4);
        const national = await drawnDataCentreClusters(app.page);
        expect(national.sitesDrawn).toBe(national.sitesInDataset);
        expect(national.symbols).toBeLessThan(national.sitesInDataset * 0.6);
        const target = national.clickable!;
        expect(target.count).toBeGreaterThan(1);
        await app.page.mouse.click(target.x, target.y);
        await expect
          .poll(
            () =>
              app.page.evaluate(
                () =>
                  (
                    window as unknown as {
                      __atlasStore: { getState(): { camera: { zoom: number } } };
                    }
                  ).__atlasStore.getState().camera.zoom,
              ),
            POLL,
          )
          .toBeCloseTo(target.expandAtZoom, 1);
        await waitForMapIdle(app.page);
        const closer = await drawnDataCentreClusters(app.page);
        expect(closer.sitesDrawn).toBe(closer.sitesInDataset);
        // Nothing was selected: the click flew in instead.
        const selection = await app.page.evaluate(
          () =>
            (
              window as unknown as { __atlasStore: { getState(): { selection: unknown } } }
            ).__atlasStore.getState().selection,
        );
        expect(selection).toBeNull();
      } finally {
        await app.close();
      }
    },
    readyTimeoutMs * 4,
  );
});
