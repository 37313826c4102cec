// Fixture S (31 regions, 5k data centres, 20k plants, 10k line segments) served as files in place
// of the default dataset: the map draws it, all 31 regions are scored and a constraint filters
// sites. Correctness only; timings live in bench/browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BOUNDS } from '../../bench/fixtures/fixtureRegions';
import { generateFixture } from '../../bench/fixtures/generateFixture';
import { writeFixture } from '../../bench/fixtures/writeFixture';
import {
  canvasHasInkAt,
  openApp,
  waitForAppReady,
  waitForMapIdle,
  type AppSession,
} from './harness';

const SLOW_MS = 150_000;
const fixture = generateFixture('S');
let app: AppSession;

interface StoreHandle {
  getState(): {
    dataset: { manifest: { id: string }; atlas: Record<string, unknown[]> } | null;
    analysis: {
      scores: { regions: { regionId: string; degree?: number }[] };
      constraints: { counts: { datacentres: { passing: number; total: number } } };
    } | null;
    setConstraints(constraints: unknown[]): void;
  };
}
type StoreWindow = Window & { __atlasStore: StoreHandle };

beforeAll(async () => {
  const dir = writeFixture(fixture);
  app = await openApp({ lang: 'en' });
  // The load worker's requests for data/* get the fixture's files instead of the default dataset.
  await app.context.route(/\/data\/[^/?#]+$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const type = name.endsWith('.json') ? 'application/json' : 'application/geo+json';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(join(dir, name)) });
  });
  await app.page.reload({ waitUntil: 'load' });
  await waitForAppReady(app.page, SLOW_MS);
}, SLOW_MS + 30_000);

afterAll(async () => {
  await app?.close();
});

describe('fixture S loaded from files', () => {
  it('loads every record of the fixture through the load worker', async () => {
    const counts = await app.page.evaluate(() => {
      const dataset = (window as unknown as StoreWindow).__atlasStore.getState().dataset;
      return {
        id: dataset?.manifest.id,
        lengths: Object.fromEntries(
          Object.entries(dataset?.atlas ?? {}).map(([k, v]) => [k, v.length]),
        ),
      };
    });
    expect(counts.id).toBe('bench-s');
    expect(counts.lengths).toEqual(
      Object.fromEntries(Object.entries(fixture.atlas).map(([k, v]) => [k, v.length])),
    );
  });

  it(
    'draws the sites: every layer loaded and ink at the data centre nearest the middle',
    async () => {
      await waitForMapIdle(app.page, SLOW_MS);
      const [w, s, e, n] = FIXTURE_BOUNDS;
      const middle = fixture.atlas.datacentres.reduce((best, dc) => {
        const d = (p: readonly number[]) => Math.hypot(p[0]! - (w + e) / 2, p[1]! - (s + n) / 2);
        return d(dc.position) < d(best.position) ? dc : best;
      });
      expect(await canvasHasInkAt(app.page, middle.position[0], middle.position[1])).toBe(true);
      expect(app.consoleErrors.filter((m) => !/GL Driver|GPU stall/.test(m))).toEqual([]);
    },
    SLOW_MS,
  );

  it(
    'scores all 31 regions of the fixture',
    async () => {
      await app.page.waitForFunction(
        () => (window as unknown as StoreWindow).__atlasStore.getState().analysis !== null,
        undefined,
        { timeout: SLOW_MS },
      );
      const regions = await app.page.evaluate(
        () => (window as unknown as StoreWindow).__atlasStore.getState().analysis?.scores.regions,
      );
      expect(regions?.map((r) => r.regionId).sort()).toEqual(
        fixture.atlas.regions.map((r) => r.id).sort(),
      );
      expect(regions).toHaveLength(31);
      expect(regions?.filter((r) => Number.isFinite(r.degree)).length).toBeGreaterThan(0);
    },
    SLOW_MS,
  );

  it(
    'filters data centres by a minimum capacity constraint',
    async () => {
      const minCapacityMw = 150;
      const counts = await app.page.evaluate(async (min) => {
        const store = (window as unknown as StoreWindow).__atlasStore;
        const before = store.getState().analysis;
        store.getState().setConstraints([{ kind: 'minCapacity', minCapacityMw: min }]);
        await new Promise<void>((done) => {
          const poll = () => (store.getState().analysis !== before ? done() : setTimeout(poll, 20));
          poll();
        });
        return store.getState().analysis?.constraints.counts.datacentres;
      }, minCapacityMw);
      const sites = fixture.atlas.datacentres;
      const big = sites.filter((dc) => (dc.capacityMw ?? -1) >= minCapacityMw).length;
      const unknown = sites.filter((dc) => dc.capacityMw === undefined).length;
      expect(counts?.total).toBe(sites.length);
      expect(counts?.passing).toBeGreaterThanOrEqual(big);
      expect(counts?.passing).toBeLessThanOrEqual(big + unknown);
      expect(counts?.passing).toBeLessThan(sites.length);
    },
    SLOW_MS,
  );
});
