// The layout through the years in a real browser: moving the year slider with the keyboard filters
// the drawing on the GPU (the data-centre layer draws exactly what the worker's as-of view holds),
// re-scores the regions and writes yr= into the link; a link with yr= opens on that year.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, waitForMapIdle } from './harness';
import { afterNewAnalysis, trackAnalyses } from './support/analysisWaits';
import { readAnalysis } from './support/analysisState';
import { exposeDeck } from './support/deckHandle';
import { callStore, readHistory, waitForSettledApp } from './support/shareableSnapshot';
import { openTab } from './support/viewDrivers';

/** Software WebGL frames take seconds here: every wait allows 30 s. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

interface FilteredLayer {
  id: string;
  props: {
    visible?: boolean;
    filterEnabled?: boolean;
    filterRange?: [number, number][];
    data?:
      | { length?: number; attributes?: { getFilterValue?: { value: Float32Array } } }
      | { count: number }[];
  };
}

/**
 * How many data centres the map draws: in the base circle layer every point when its GPU filter
 * is off, else those whose [start, retire] codes lie in the filter range (what the shader tests);
 * plus the members of the clusters drawn at national zoom (gathered from the year's sites only).
 */
async function drawnDataCentres(page: Page): Promise<number | null> {
  await exposeDeck(page);
  return page.evaluate(() => {
    const w = window as unknown as {
      __atlasDeck?: { _deck?: { layerManager?: { getLayers(): FilteredLayer[] } } };
    };
    const layers = w.__atlasDeck?._deck?.layerManager?.getLayers() ?? [];
    const layer = layers.find((candidate) => candidate.id === 'datacentres');
    const clusters = layers.find((candidate) => candidate.id === 'datacentres:clusters');
    const data = layer?.props.data;
    const codes = data && !Array.isArray(data) ? data.attributes?.getFilterValue?.value : undefined;
    if (!layer || !codes) return null;
    const gathered =
      clusters?.props.visible && Array.isArray(clusters.props.data)
        ? clusters.props.data.reduce((sum, cluster) => sum + cluster.count, 0)
        : 0;
    const count = codes.length / 2;
    if (!layer.props.filterEnabled) return count + gathered;
    const [start, retire] = layer.props.filterRange!;
    let drawn = gathered;
    for (let i = 0; i < count; i++) {
      const s = codes[2 * i]!;
      const r = codes[2 * i + 1]!;
      if (s >= start![0] && s <= start![1] && r >= retire![0] && r <= retire![1]) drawn += 1;
    }
    return drawn;
  });
}

async function vintageOfStore(page: Page) {
  return page.evaluate(() => {
    const store = (window as unknown as { __atlasStore: { getState(): Record<string, unknown> } })
      .__atlasStore;
    const state = store.getState() as {
      vintage: unknown;
      analysis: { vintage?: { presentCounts: Record<string, number> } } | null;
    };
    return { vintage: state.vintage, present: state.analysis?.vintage?.presentCounts ?? null };
  });
}

describe('the layout through the years', () => {
  it('moves the year with the keyboard: the map, the ranking and the link follow', async () => {
    const { page, close } = await openApp({ lang: 'en' });
    try {
      await waitForSettledApp(page);
      await trackAnalyses(page);
      const today = await readAnalysis(page);
      expect(await drawnDataCentres(page)).toBe(161);

      const slider = page.getByRole('slider', { name: /^Year/ });
      await afterNewAnalysis(page, async () => {
        await slider.focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
      });
      await poll(async () => (await vintageOfStore(page)).vintage).toEqual({
        asOf: { kind: 'year', year: 2016 },
        includeUnknownYear: true,
      });
      await poll(async () => (await readHistory(page)).hash).toMatch(/(^|&)yr=2016(&|$)/);
      expect(await slider.inputValue()).toBe('2016');

      const { present } = await vintageOfStore(page);
      expect(present?.datacentres).toBeGreaterThan(0);
      expect(present!.datacentres).toBeLessThan(161);
      // The GPU filter and the worker's presence rule agree on what 2016 held.
      await waitForMapIdle(page);
      await poll(() => drawnDataCentres(page)).toBe(present!.datacentres);

      const past = await readAnalysis(page);
      const degrees = (a: typeof today) => a.scores.map((s) => s.degree);
      expect(degrees(past)).not.toEqual(degrees(today));
      await poll(() => page.getByTestId('vintage-counts').textContent()).toContain(
        `${present!.datacentres} data centres`,
      );
    } finally {
      await close();
    }
  });

  it('opens a link with yr= on that year, slider and drawing included', async () => {
    const { page, close } = await openApp({ lang: 'en', hash: 'v=2&yr=2019' });
    try {
      await waitForSettledApp(page);
      await poll(async () => (await vintageOfStore(page)).vintage).toEqual({
        asOf: { kind: 'year', year: 2019 },
        includeUnknownYear: true,
      });
      await poll(() => page.getByRole('slider', { name: /^Year/ }).inputValue()).toBe('2019');
      await poll(
        async () => (await vintageOfStore(page)).present?.datacentres ?? -1,
      ).toBeGreaterThan(0);
      const { present } = await vintageOfStore(page);
      await poll(() => drawnDataCentres(page)).toBe(present!.datacentres);
    } finally {
      await close();
    }
  });

  it('compares two years: the rank-change table, the ΔD legend, yc= in the link and the chart', async () => {
    const { page, close } = await openApp({ lang: 'en', hash: 'v=2&yr=2024' });
    try {
      await waitForSettledApp(page);
      await openTab(page, 'score');
      await page.getByLabel('Compare with the layout of').selectOption('2016');
      await poll(async () => (await readHistory(page)).hash).toMatch(/(^|&)yc=2016(&|$)/);
      const table = page.getByTestId('year-rank-table');
      await poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
      await poll(() => page.getByTestId('year-delta-legend').textContent()).toContain(
        'ΔD since 2016',
      );
      await callStore(page, 'select', { layerId: 'regions', id: 'CN-GZ' });
      await page.getByLabel('Chart D and U_k through the years').check();
      await poll(() => page.getByTestId('year-chart').locator('path').count()).toBe(5);
      const drawn = await page.getByTestId('year-chart').locator('path').first().getAttribute('d');
      expect(drawn).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+/);
    } finally {
      await close();
    }
  });
});
