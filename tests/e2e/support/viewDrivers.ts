// Changes the view the way a user does: through the real controls where the app has them (layer
// switches, search, the Score and Constraints tabs) and through the store's own actions where a
// control is not on the page yet. Each driver says which way it went.
import type { Page } from 'playwright-core';
import { callStore } from './shareableSnapshot';

export type DrivenBy = 'ui' | 'store';

/** Opens a side-panel tab if the page has it; false when it does not. */
export async function openTab(page: Page, tab: string): Promise<boolean> {
  const button = page.locator(`#tab-${tab}`);
  if ((await button.count()) === 0) return false;
  await button.click();
  return true;
}

/** Switches one layer on or off with its checkbox in the Layers tab. */
export async function setLayerVisibleByUi(page: Page, layerId: string, on: boolean) {
  await openTab(page, 'layers');
  await page.locator(`li[data-layer="${layerId}"] input[type="checkbox"]`).setChecked(on);
}

/** Types `query` into the header search and picks the first hit with Enter. */
export async function pickBySearch(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(query);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

/**
 * Moves one subsystem's weight slider `steps` steps to the right with the keyboard (each key press
 * is one slider change, like a drag); without the Score tab, sets the same weights in the store.
 */
export async function nudgeSubsystemWeight(
  page: Page,
  subsystem: string,
  steps: number,
): Promise<DrivenBy> {
  if (await openTab(page, 'score')) {
    const slider = page.locator(`#alpha-${subsystem}`);
    await slider.focus();
    for (let i = 0; i < steps; i += 1) await slider.press('ArrowRight');
    return 'ui';
  }
  for (let i = 1; i <= steps; i += 1) {
    await page.evaluate(
      ({ subsystem }) => {
        type Weights = { subsystemWeights: Record<string, number> };
        const store = (
          window as {
            __atlasStore?: {
              getState(): { weights: Weights; setWeights(weights: Weights): void };
            };
          }
        ).__atlasStore;
        if (!store) throw new Error('window.__atlasStore is not set');
        const { weights, setWeights } = store.getState();
        const current = weights.subsystemWeights[subsystem] ?? 0;
        const next = Math.min(1, Math.round((current + 0.05) * 100) / 100);
        setWeights({
          ...weights,
          subsystemWeights: { ...weights.subsystemWeights, [subsystem]: next },
        });
      },
      { subsystem },
    );
  }
  return 'store';
}

/**
 * Switches a constraint kind on in the Constraints tab (with its default threshold) and moves its
 * slider up `steps` steps; without that tab, sets `fallback` in the store.
 */
export async function addConstraint(
  page: Page,
  kind: string,
  steps: number,
  fallback: Record<string, unknown>,
): Promise<DrivenBy> {
  if (await openTab(page, 'constraints')) {
    const row = page.locator(`li[data-kind="${kind}"]`);
    await row.locator('input[type="checkbox"]').first().check();
    const slider = row.locator('input[type="range"]').first();
    await slider.focus();
    for (let i = 0; i < steps; i += 1) await slider.press('ArrowRight');
    return 'ui';
  }
  await callStore(page, 'setConstraints', [fallback]);
  return 'store';
}

/**
 * Applies the first policy preset of the Constraints tab; without that tab, sets two constraints
 * at once in the store (what a preset does).
 */
export async function applyFirstPreset(page: Page): Promise<DrivenBy> {
  if (await openTab(page, 'constraints')) {
    await page.locator('.preset-button').first().click();
    return 'ui';
  }
  await callStore(page, 'setConstraints', [
    { kind: 'minNonFossilShare', minShare: 0.5 },
    { kind: 'maxPue', maxPue: 1.25, hubRole: 'any' },
  ]);
  return 'store';
}

/** Ticks a region's compare box in the Score tab's ranking; without it, uses the store. */
export async function compareRegion(page: Page, regionId: string): Promise<DrivenBy> {
  if (await openTab(page, 'score')) {
    const box = page.locator(`tr[data-region="${regionId}"] input[type="checkbox"]`);
    if ((await box.count()) > 0) {
      await box.check();
      return 'ui';
    }
  }
  await callStore(page, 'toggleCompare', regionId);
  return 'store';
}

/** Moves the pointer onto the header so that nothing on the map or in a list stays hovered. */
export async function parkPointer(page: Page): Promise<void> {
  const title = page.locator('.header-title');
  const box = await title.boundingBox();
  if (box) await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForFunction(
    () =>
      (window as { __atlasStore?: { getState(): { hovered: unknown } } }).__atlasStore?.getState()
        .hovered == null,
  );
}
