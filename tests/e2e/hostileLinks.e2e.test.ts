// Hostile and foreign links in a real browser: garbage, NaN and huge numbers, broken percent
// encoding, a 100 KB hash, markup and script in values, a newer and an older version. Each opens the
// app working, with a valid camera, a notice where something was repaired, no script run and no
// console error; the address bar ends up holding a canonical link.
import { describe, expect, it } from 'vitest';
import { openApp } from './harness';
import { HOSTILE_CASES } from './support/hostileLinkCases';
import { cameraMismatches, shownCamera } from './support/sameView';
import {
  noticeCodes,
  readHistory,
  readShareable,
  waitForSettledApp,
} from './support/shareableSnapshot';

describe('a hostile or foreign link', () => {
  it.each(HOSTILE_CASES)(
    'opens the app working: $name',
    async ({ hash, notices, check }) => {
      const dialogs: string[] = [];
      const app = await openApp({
        hash,
        beforeLoad: (page) => {
          page.on('dialog', (dialog) => {
            dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss();
          });
        },
      });
      const { page } = app;
      try {
        await waitForSettledApp(page);

        const camera = (await readShareable(page)).camera;
        for (const value of Object.values(camera)) expect(Number.isFinite(value)).toBe(true);
        expect(Math.abs(camera.latitude)).toBeLessThanOrEqual(85);
        expect(Math.abs(camera.longitude)).toBeLessThanOrEqual(180);
        expect(camera.zoom).toBeGreaterThanOrEqual(0);
        expect(camera.zoom).toBeLessThanOrEqual(22);
        // The map shows the camera the state (and so the rewritten link) holds.
        const shown = await shownCamera(page);
        expect.soft(cameraMismatches(shown, camera), 'the map shows the camera').toEqual([]);

        const held = await noticeCodes(page);
        for (const notice of notices) expect(held).toContainEqual(notice);
        if (notices.length > 0) {
          await expect(page.getByTestId('notices').innerText()).resolves.toContain('链接');
        }

        // The address bar now holds the canonical link of what was opened.
        const { hash: written } = await readHistory(page);
        expect(written).toMatch(
          /^v=2&c=[-\d.]+,[-\d.]+,[\d.]+,[-\d.]+,[\d.]+&t=[ld]&l=(zh|en)&ly=/,
        );

        await check?.(page);
        expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(app.consoleErrors).toEqual([]);
        expect(app.foreignRequests).toEqual([]);
      } finally {
        await app.close();
      }
    },
    90_000,
  );
});
