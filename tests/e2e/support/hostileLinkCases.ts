// Hostile and foreign links for the browser tests: each with the notices it must raise and any
// further check of what it opened. Each link is opened in its own page load.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readHistory, readShareable } from './shareableSnapshot';

export interface HostileCase {
  readonly name: string;
  readonly hash: string;
  /** Notice codes (with their URL key) the store must hold afterwards, in any order. */
  readonly notices: readonly { readonly code: string; readonly key?: string }[];
  /** Further checks of what was opened. */
  readonly check?: (page: Page) => Promise<void>;
}

const XSS = '<img src=x onerror="window.__xss=1">';

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'garbage', hash: '%%%zz&&==', notices: [] },
  {
    name: 'NaN and huge numbers in the camera, out-of-range weights',
    hash: 'v=2&c=NaN,1e400,99999,0,0&w=e;5,-3,1e300,0.25',
    notices: [
      { code: 'malformed', key: 'c' },
      { code: 'clamped', key: 'w' },
    ],
  },
  {
    name: 'huge but finite numbers in the camera',
    hash: 'v=2&c=1e300,-1e300,99999,1e300,1e300',
    notices: [{ code: 'clamped', key: 'c' }],
    check: async (page) => {
      const { camera } = await readShareable(page);
      expect(camera.latitude).toBe(-85);
      expect(camera.zoom).toBe(22);
      // The link may ask for up to 85°; the map may allow less, and the state follows the map.
      expect(camera.pitch).toBeGreaterThan(0);
      expect(camera.pitch).toBeLessThanOrEqual(85);
    },
  },
  {
    name: 'bad percent encoding',
    hash: 'v=2&l=%E0%A4%A',
    notices: [{ code: 'bad-encoding', key: 'l' }],
  },
  {
    name: 'a 100 KB hash',
    hash: `v=2&ly=rg,dc&zz=${'a'.repeat(100_000)}`,
    notices: [{ code: 'hash-truncated' }],
    check: async (page) => {
      expect((await readShareable(page)).visibleLayers).toEqual(['regions', 'datacentres']);
      expect((await readHistory(page)).hash.length).toBeLessThan(2000);
    },
  },
  {
    name: 'script and markup in values',
    hash: `v=2&s=regions:<script>alert(1)</script>&ds=javascript:alert(1)&cmp=${XSS}&t=${XSS}`,
    notices: [
      { code: 'malformed', key: 's' },
      { code: 'malformed', key: 'ds' },
      { code: 'malformed', key: 't' },
      { code: 'dropped', key: 'cmp' },
    ],
    check: async (page) => {
      const state = await readShareable(page);
      expect(state.selection).toBeNull();
      expect(state.compareRegionIds).toEqual([]);
      expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    },
  },
  {
    name: 'a link from a newer version',
    hash: 'v=99&c=110,30,5,0,0&ly=rg,dc&hologram=on',
    notices: [{ code: 'newer-version', key: 'v' }],
    check: async (page) => {
      const state = await readShareable(page);
      expect(state.camera).toMatchObject({ longitude: 110, latitude: 30, zoom: 5 });
      expect(state.visibleLayers).toEqual(['regions', 'datacentres']);
    },
  },
  {
    name: 'a version-1 link',
    hash: 'map=5/30/110&layers=regions,datacentres',
    notices: [{ code: 'migrated', key: 'v' }],
    check: async (page) => {
      const state = await readShareable(page);
      expect(state.camera).toMatchObject({ longitude: 110, latitude: 30, zoom: 5 });
      expect(state.visibleLayers).toEqual(['regions', 'datacentres']);
    },
  },
];
