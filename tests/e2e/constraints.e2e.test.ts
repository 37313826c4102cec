// The constraints in a real browser (issue 5): a latency limit set in its number input and a
// green-share minimum moved from the keyboard change the live pass count and dim exactly the
// failing regions on the map; the latency rings appear; the policy preset replaces the list; a
// failing region's panel says which constraints it fails, by how much.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CONSTRAINT_KIND_INFO } from '../../src/domain/constraints/constraintKinds';
import { POLICY_PRESETS } from '../../src/domain/constraints/policyPresets';
import { colourDistance, type AppSession, type PixelWindow } from './harness';
import { readAnalysis, type AnalysisSnapshot } from './support/analysisState';
import { afterNewAnalysis, trackAnalyses } from './support/analysisWaits';
import { readAtlasState } from './support/atlasState';
import { deckLayerVisible } from './support/deckHandle';
import { latencyRingPaths, over } from './support/latencyRingPaths';
import { mapPoint } from './support/mapPoint';
import { changedPixelCount, SAME_COLOUR_TOLERANCE } from './support/pixelDiff';
import { readMapPixelsAt } from './support/pixelBatch';
import { readProbes, regionProbes, type RegionProbe } from './support/regionProbes';
import { openReady, POLL } from './support/userActions';

const kindItem = (page: Page, kind: string) => page.locator(`li[data-kind="${kind}"]`);
const kindSwitch = (item: Locator) =>
  item.locator('label.constraint-switch input[type="checkbox"]');
const passCount = (page: Page) => page.getByTestId('pass-count');

/** The pass count as the panel words it in English. */
function countText(counts: AnalysisSnapshot['counts']): string {
  return (
    `${counts.regions.passing} of ${counts.regions.total} regions, ` +
    `${counts.sites.passing} of ${counts.sites.total} sites pass`
  );
}

const failingIds = (analysis: AnalysisSnapshot) =>
  new Set(analysis.regionVerdicts.filter((v) => !v.passes).map((v) => v.id));

/** Ring vertices watched: one in this many (a ring has 129 points). */
const RING_POINT_STEP = 4;

/** Largest channel difference from the expected ring colour (antialiasing, blending). */
const RING_INK_TOLERANCE = 40;

/** Three significant digits, as the check sentences print numbers. */
const sig3 = (value: number) => String(Number(value.toPrecision(3)));

describe('the Constraints tab on the default dataset, in English', () => {
  let app: AppSession;
  let page: Page;
  let probes: RegionProbe[];
  /** Region fills before any constraint, and after the latency limit. */
  let unconstrained: Map<string, PixelWindow>;
  let withLatency: Map<string, PixelWindow>;
  let latencyAnalysis: AnalysisSnapshot;

  beforeAll(async () => {
    app = await openReady({ lang: 'en' });
    page = app.page;
    await trackAnalyses(page);
    await page.getByRole('tab', { name: 'Constraints' }).click();
    await page.getByTestId('constraints-panel').waitFor({ timeout: POLL.timeout });
    probes = await regionProbes(page);
    unconstrained = await readProbes(page, probes);
  });
  afterAll(() => app?.close());

  it('starts with no constraint and every region and site passing', async () => {
    const analysis = await readAnalysis(page);
    expect(analysis.constraints).toEqual([]);
    expect(analysis.counts.regions.passing).toBe(analysis.counts.regions.total);
    const text = await passCount(page).innerText();
    expect(text).toContain(countText(analysis.counts));
    expect(text).toContain('No constraint is set');
    expect(await deckLayerVisible(page, 'latency_rings:paths')).toBe(false);
    expect(probes.length, probes.map((probe) => probe.regionId).join(',')).toBeGreaterThan(5);
  });

  it('latency ≤ 20 ms from its number input: fewer pass, the failing regions dim, rings appear', async () => {
    const item = kindItem(page, 'maxLatency');
    const drawn = await latencyRingPaths(page);
    const ringPoints = drawn.rings.flatMap((ring) =>
      ring.path.filter((_, i) => i % RING_POINT_STEP === 0),
    );
    const ringPixelsBefore = await readMapPixelsAt(page, ringPoints, 1);

    await afterNewAnalysis(page, () => kindSwitch(item).check());
    const limit = item.getByRole('spinbutton', {
      name: 'Latency to the nearest demand hub, at most (ms)',
    });
    // Away from 20 and back, as a user trying thresholds would.
    await afterNewAnalysis(page, () => limit.fill('25'));
    const at25 = await readAnalysis(page);
    await afterNewAnalysis(page, () => limit.fill('20'));
    latencyAnalysis = await readAnalysis(page);
    expect(await limit.inputValue()).toBe('20');
    expect(latencyAnalysis.constraints).toEqual([
      expect.objectContaining({ kind: 'maxLatency', maxLatencyMs: 20 }),
    ]);
    expect(latencyAnalysis.counts.regions.passing).toBeLessThan(
      latencyAnalysis.counts.regions.total,
    );
    expect(latencyAnalysis.counts.regions.passing).toBeLessThanOrEqual(at25.counts.regions.passing);
    const text = await passCount(page).innerText();
    expect(text).toContain(countText(latencyAnalysis.counts));
    expect(text).not.toContain('No constraint is set');

    // Every watched region that fails is dimmed: its fill changed.
    const failing = failingIds(latencyAnalysis);
    withLatency = await readProbes(page, probes);
    const dimmed = probes.filter((probe) => failing.has(probe.regionId));
    expect(dimmed.length, `a watched region fails: ${[...failing].join(',')}`).toBeGreaterThan(0);
    for (const probe of dimmed) {
      const changed = changedPixelCount(
        unconstrained.get(probe.regionId)!,
        withLatency.get(probe.regionId)!,
      );
      expect(changed, `${probe.regionId} dimmed`).toBeGreaterThan(0);
    }

    // The rings: drawn, in the legend, and ink along their paths over regions that pass.
    expect(await deckLayerVisible(page, 'latency_rings:paths')).toBe(true);
    expect(await page.locator('[data-legend="latency_rings"]').isVisible()).toBe(true);
    const ringPixelsAfter = await readMapPixelsAt(page, ringPoints, 1);
    const ink = drawn.colour;
    expect(ink, 'the rings have one ink colour').not.toBeNull();
    // A ring point is inked when one of its pixels turned into the ring colour over what was there.
    const inked = ringPoints.filter((_, i) => {
      const [before, after] = [ringPixelsBefore[i], ringPixelsAfter[i]];
      if (!before || !after) return false;
      return after.pixels.some((pixel, j) => {
        const under = before.pixels[j]!;
        return (
          colourDistance(pixel, under) > SAME_COLOUR_TOLERANCE &&
          colourDistance(pixel, over(ink!, under)) <= RING_INK_TOLERANCE
        );
      });
    });
    expect(inked.length, `ring points inked of ${ringPoints.length}`).toBeGreaterThan(3);
  });

  it('a green-share minimum, switched on and raised by a step from the keyboard, dims only the new failures', async () => {
    const item = kindItem(page, 'minNonFossilShare');
    await afterNewAnalysis(page, () => kindSwitch(item).check());
    const slider = item.locator('input[type="range"]');
    expect(await slider.inputValue()).toBe('50');
    const at50 = await readAnalysis(page);
    expect(at50.constraints.map((c) => c.kind)).toEqual(['maxLatency', 'minNonFossilShare']);
    expect(at50.counts.regions.passing).toBeLessThan(latencyAnalysis.counts.regions.passing);
    expect(await passCount(page).innerText()).toContain(countText(at50.counts));

    await afterNewAnalysis(page, async () => {
      await slider.focus();
      await slider.press('ArrowUp');
    });
    const analysis = await readAnalysis(page);
    expect(
      await item
        .getByRole('spinbutton', {
          name: `${CONSTRAINT_KIND_INFO.minNonFossilShare.label.en}, at least (%)`,
        })
        .inputValue(),
    ).toBe('51');
    expect(analysis.constraints[1]).toEqual({ kind: 'minNonFossilShare', minShare: 0.51 });
    expect(await passCount(page).innerText()).toContain(countText(analysis.counts));

    const [before, after] = [failingIds(latencyAnalysis), failingIds(analysis)];
    const pixels = await readProbes(page, probes);
    const changes = probes.map((probe) => ({
      regionId: probe.regionId,
      state: before.has(probe.regionId)
        ? 'failed already'
        : after.has(probe.regionId)
          ? 'newly failing'
          : 'passing',
      changedPixels: changedPixelCount(
        withLatency.get(probe.regionId)!,
        pixels.get(probe.regionId)!,
      ),
    }));
    const report = JSON.stringify(changes);
    expect(
      changes.some((c) => c.state === 'newly failing'),
      report,
    ).toBe(true);
    expect(
      changes.some((c) => c.state === 'passing'),
      report,
    ).toBe(true);
    for (const change of changes) {
      if (change.state === 'newly failing') expect(change.changedPixels, report).toBeGreaterThan(0);
      else expect(change.changedPixels, report).toBe(0);
    }
  });

  it('the "all East Data, West Computing thresholds" preset replaces the list and updates the count', async () => {
    const before = await passCount(page).innerText();
    const preset = page.locator('button[data-preset="allHubPolicies"]');
    expect(await preset.getAttribute('aria-pressed')).toBe('false');
    await afterNewAnalysis(page, () => preset.click());
    const analysis = await readAnalysis(page);
    expect(analysis.constraints).toEqual(POLICY_PRESETS.allHubPolicies.constraints);
    expect(await preset.getAttribute('aria-pressed')).toBe('true');
    for (const kind of ['maxLatency', 'maxPue', 'minNonFossilShare'])
      expect(await kindSwitch(kindItem(page, kind)).isChecked(), kind).toBe(true);
    expect(await kindSwitch(kindItem(page, 'minCapacity')).isChecked()).toBe(false);
    const text = await passCount(page).innerText();
    expect(text).toContain(countText(analysis.counts));
    expect(text).not.toBe(before);
  });

  it("a failing region's panel names each failed constraint with its threshold and margin", async () => {
    const analysis = await readAnalysis(page);
    const failing = failingIds(analysis);
    let target: RegionProbe | undefined;
    for (const probe of probes) {
      if (!failing.has(probe.regionId)) continue;
      if ((await mapPoint(page, ...probe.lonLat)).onMap) {
        target = probe;
        break;
      }
    }
    expect(target, 'a failing region is clickable on the map').toBeDefined();
    const { pageX, pageY } = await mapPoint(page, ...target!.lonLat);
    await page.mouse.click(pageX, pageY);
    await expect
      .poll(async () => (await readAtlasState(page)).selection, POLL)
      .toEqual({ layerId: 'regions', id: target!.regionId });

    const details = page.getByTestId('detail-panel').getByTestId('constraint-details');
    await details.waitFor({ timeout: POLL.timeout });
    const verdict = analysis.regionVerdicts.find((v) => v.id === target!.regionId)!;
    const judged = verdict.checks.filter((check) => check.status !== 'not_applicable');
    const failed = judged.filter((check) => check.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(await details.locator('.constraint-verdict').innerText()).toBe(
      `Fails ${failed.length} of ${judged.length} constraints`,
    );
    const lines = await details.locator('li.check-fail').allInnerTexts();
    expect(lines).toHaveLength(failed.length);
    for (const [i, check] of failed.entries()) {
      const line = lines[i]!;
      expect(line).toContain('fails');
      expect(line).toContain(sig3(check.threshold as number));
      if (check.margin !== null) expect(line).toContain(`by ${sig3(check.margin)}`);
      else expect(check.measured, `${check.kind}: unmeasured fails are unreachable`).toBeNull();
    }
  });

  it('logs no console error and asks no other origin for anything', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
