// The coordination score in a real browser (issue 4): a subsystem weight slider moved from the
// keyboard re-ranks the table and re-colours the map, the indicator weight mode switches, a
// ranking row opens the region's panel with its bottleneck, two regions are compared, and the
// ranking is exported as CSV with D and every indicator.
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SUBSYSTEM_LABELS, type Subsystem } from '../../src/domain/score/subsystems';
import type { AppSession, PixelWindow } from './harness';
import { readAnalysis, rankOrder, type AnalysisSnapshot } from './support/analysisState';
import { afterNewAnalysis, trackAnalyses } from './support/analysisWaits';
import { readAtlasState, recordField } from './support/atlasState';
import { mapCamera } from './support/mapPoint';
import { changedPixelCount } from './support/pixelDiff';
import { readProbes, regionProbes, type RegionProbe } from './support/regionProbes';
import { openReady, POLL } from './support/userActions';

const detailPanel = (page: Page) => page.getByTestId('detail-panel');
const rankingRows = (page: Page) => page.locator('table.ranking-table tbody tr');

/** Region ids in the order the ranking table shows them. */
async function tableOrder(page: Page): Promise<string[]> {
  return rankingRows(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-region') ?? ''),
  );
}

/** A download's bytes as UTF-8 text (the browser runs remotely: no local path). */
async function streamText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const subsystemEn = (bottleneck: string | null) =>
  bottleneck ? SUBSYSTEM_LABELS[bottleneck as Subsystem].en : '';

describe('the Score tab on the default dataset, in English', () => {
  let app: AppSession;
  let page: Page;
  /** The default analysis, before any weight is moved. */
  let initial: AnalysisSnapshot;
  let initialTable: string[];
  let probes: RegionProbe[];
  let initialPixels: Map<string, PixelWindow>;

  beforeAll(async () => {
    app = await openReady({ lang: 'en' });
    page = app.page;
    await trackAnalyses(page);
    await page.getByRole('tab', { name: 'Score' }).click();
    await rankingRows(page).first().waitFor({ timeout: POLL.timeout });
    initial = await readAnalysis(page);
    initialTable = await tableOrder(page);
    probes = await regionProbes(page);
    initialPixels = await readProbes(page, probes);
  });
  afterAll(() => app?.close());

  it('ranks the regions by D in the table, in the order of the store', async () => {
    expect(initial.weights.subsystemWeights).toEqual({
      compute: 0.25,
      power: 0.25,
      network: 0.25,
      data: 0.25,
    });
    expect(initialTable.slice(0, rankOrder(initial.scores).length)).toEqual(
      rankOrder(initial.scores),
    );
    // Enough regions to watch the fill of: clear of labels, sites and the panels' edges.
    expect(probes.length, probes.map((probe) => probe.regionId).join(',')).toBeGreaterThan(5);
  });

  it('moving the power weight to 1 from the keyboard re-ranks the table and re-colours the map', async () => {
    const power = page.getByRole('slider', { name: 'Power' });
    expect(await power.inputValue()).toBe('0.25');
    await afterNewAnalysis(page, async () => {
      await power.focus();
      await power.press('End');
    });
    expect(await power.inputValue()).toBe('1');
    const after = await readAnalysis(page);
    expect(after.weights.subsystemWeights.power).toBe(1);
    // The shown share: 1 of 1.75 after rescaling to sum 1.
    expect(await page.locator('output[for="alpha-power"]').innerText()).toBe('0.57');

    const table = await tableOrder(page);
    expect(table, 'the ranking order changes').not.toEqual(initialTable);
    expect(table.slice(0, rankOrder(after.scores).length)).toEqual(rankOrder(after.scores));

    // The map is coloured by class: where a region's class changed its fill changed, and where
    // it did not the pixels are untouched.
    const classOf = (snapshot: AnalysisSnapshot) =>
      new Map(snapshot.scores.map((score) => [score.regionId, score.classIndex]));
    const [classBefore, classAfter] = [classOf(initial), classOf(after)];
    const pixels = await readProbes(page, probes);
    const changes = probes.map((probe) => ({
      regionId: probe.regionId,
      classChanged: classBefore.get(probe.regionId) !== classAfter.get(probe.regionId),
      changedPixels: changedPixelCount(
        initialPixels.get(probe.regionId)!,
        pixels.get(probe.regionId)!,
      ),
    }));
    const report = JSON.stringify(changes);
    const recoloured = changes.filter((change) => change.classChanged);
    expect(recoloured.length, `a watched region changes class: ${report}`).toBeGreaterThan(0);
    for (const change of changes) {
      if (change.classChanged) expect(change.changedPixels, report).toBeGreaterThan(0);
      else expect(change.changedPixels, report).toBe(0);
    }
  });

  it('switches the indicator weights between manual and entropy, rescoring each time', async () => {
    const entropy = page.getByRole('radio', { name: /Entropy/ });
    const manual = page.getByRole('radio', { name: 'Manual' });
    expect(await entropy.isChecked()).toBe(true);
    const degrees = async () => (await readAnalysis(page)).scores.map((score) => score.degree);
    const entropyDegrees = await degrees();
    await afterNewAnalysis(page, () => manual.check());
    expect((await readAnalysis(page)).weights.mode).toBe('manual');
    expect(await page.getByText('Entropy weights: indicators that vary more').count()).toBe(0);
    expect(await degrees(), 'manual weights give other scores').not.toEqual(entropyDegrees);
    await afterNewAnalysis(page, () => entropy.check());
    expect((await readAnalysis(page)).weights.mode).toBe('entropy');
    expect(await page.getByText('Entropy weights: indicators that vary more').count()).toBe(1);
    expect(await degrees()).toEqual(entropyDegrees);
  });

  it('a click on a ranking row opens the region panel with D, class, U_k bars and its bottleneck', async () => {
    const analysis = await readAnalysis(page);
    const [topId] = rankOrder(analysis.scores);
    const top = analysis.scores.find((score) => score.regionId === topId)!;
    const row = page.locator(`table.ranking-table tbody tr[data-region="${topId}"]`);
    const name = await row.locator('button.region-button').innerText();
    await row.click();
    await expect.poll(() => row.getAttribute('aria-current'), POLL).toBe('true');
    // The map flies to the region's label point.
    const label = await recordField(page, 'regions', topId!, 'labelPosition');
    const [lon, lat] = label as [number, number];
    const distanceDeg = async () => {
      const camera = await mapCamera(page);
      return Math.hypot(camera.lng - lon, camera.lat - lat);
    };
    await expect.poll(distanceDeg, POLL).toBeLessThan(0.05);
    const panel = detailPanel(page);
    await expect.poll(() => panel.locator('h2').innerText(), POLL).toBe(name);
    const score = panel.getByTestId('region-score');
    expect(await score.locator('dt', { hasText: 'Bottleneck' }).count()).toBe(1);
    const bottleneck = await score.locator('dd.bottleneck').innerText();
    expect(top.bottleneck).not.toBeNull();
    expect(bottleneck).toContain(subsystemEn(top.bottleneck));
    expect(await score.locator('.subsystem-bars li').count()).toBe(4);
    expect(
      await score.locator('.subsystem-bars li.is-bottleneck').getAttribute('data-subsystem'),
    ).toBe(top.bottleneck);
    expect(await score.locator('.score-summary').innerText()).toContain(
      (top.degree ?? NaN).toFixed(3),
    );
  });

  it('compares two regions side by side after ticking their compare boxes', async () => {
    const [firstId, secondId] = rankOrder((await readAnalysis(page)).scores);
    const names: string[] = [];
    for (const id of [firstId, secondId]) {
      const row = page.locator(`table.ranking-table tbody tr[data-region="${id}"]`);
      names.push(await row.locator('button.region-button').innerText());
      await row.getByRole('checkbox').check();
    }
    const compare = page.getByTestId('compare-panel');
    await expect.poll(() => compare.locator('thead th[data-region]').count(), POLL).toBe(2);
    const heads = await compare
      .locator('thead th[data-region]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-region')));
    expect(heads).toEqual([firstId, secondId]);
    const text = await compare.innerText();
    for (const name of names) expect(text).toContain(name);
    expect((await readAnalysis(page)).compareRegionIds).toEqual([firstId, secondId]);
  });

  it('exports the ranking as a CSV file whose header holds D, C, T, U_k and every indicator', async () => {
    const analysis = await readAnalysis(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: POLL.timeout }),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^compute-atlas-scores-.+\.csv$/);
    const text = (await streamText(await download.createReadStream())).replace(/^\uFEFF/, '');
    const lines = text.split('\n').filter((line) => line !== '');
    const comments = lines.filter((line) => line.startsWith('#'));
    expect(comments.join('\n')).toContain('power 1');
    expect(comments.join('\n')).toContain('entropy indicator weights');
    const [header, ...rows] = lines.filter((line) => !line.startsWith('#'));
    const columns = header!.split(',');
    for (const column of ['rank', 'region_id', 'D', 'class', 'C', 'T', 'bottleneck'])
      expect(columns).toContain(column);
    for (const k of ['compute', 'power', 'network', 'data']) expect(columns).toContain(`U_${k}`);
    for (const id of analysis.indicatorIds)
      expect(columns.some((column) => column === id || column.startsWith(`${id} (`))).toBe(true);
    expect(rows).toHaveLength(analysis.scores.length);
    const idColumn = columns.indexOf('region_id');
    expect(rows.map((row) => row.split(',')[idColumn])).toEqual(await tableOrder(page));
  });

  it('names the bottleneck 短板 once the interface is switched to Chinese', async () => {
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    const score = detailPanel(page).getByTestId('region-score');
    await expect.poll(() => score.locator('dt', { hasText: '短板' }).count(), POLL).toBe(1);
    const { selection } = await readAtlasState(page);
    expect(selection?.layerId).toBe('regions');
    const selected = (await readAnalysis(page)).scores.find(
      (score) => score.regionId === selection?.id,
    );
    expect(await score.locator('dd.bottleneck').innerText()).toBe(
      SUBSYSTEM_LABELS[selected!.bottleneck as Subsystem].zh,
    );
  });

  it('logs no console error and asks no other origin for anything', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
