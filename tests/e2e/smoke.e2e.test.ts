import { describe, expect, it } from 'vitest';
import { openApp, saveScreenshot } from './harness';

describe('the built app', () => {
  it('loads with the Compute Atlas title, renders, and stays quiet and on its own origin', async () => {
    const app = await openApp();
    try {
      expect(await app.page.title()).toContain('Compute Atlas');
      await app.page.waitForLoadState('networkidle');
      expect((await app.page.locator('#root').innerText()).trim()).not.toBe('');
      await saveScreenshot(app.page, 'smoke');
      expect(app.consoleErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the test harness', () => {
  it('records console errors, page errors and blocked requests to other origins', async () => {
    const app = await openApp({ lang: 'en', viewport: { width: 390, height: 844 } });
    try {
      await app.page.evaluate(async () => {
        console.error('deliberate error');
        setTimeout(() => {
          throw new Error('deliberate throw');
        });
        await fetch('https://elsewhere.invalid/tile.png').catch(() => undefined);
        await fetch('data:text/plain,local').then((response) => response.text());
      });
      await expect.poll(() => app.consoleErrors.length).toBeGreaterThanOrEqual(2);
      expect(app.consoleErrors).toContain('deliberate error');
      expect(app.consoleErrors).toContain('page error: deliberate throw');
      expect(app.foreignRequests).toEqual(['https://elsewhere.invalid/tile.png']);
      expect(await app.page.evaluate(() => navigator.language)).toBe('en-US');
      expect(app.page.viewportSize()).toEqual({ width: 390, height: 844 });
    } finally {
      await app.close();
    }
  });
});
