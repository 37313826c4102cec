// One measured page load in a fresh browser context: the probe is added before any script runs,
// the page is opened, and the readings (long tasks, ready and analysis times, marks) and the
// main-thread JS heap after a forced GC (CDP Runtime.getHeapUsage) are read back.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGE_PROBE, READ_PROBE, type ProbeReadings } from './pageProbe';

export interface MeasuredPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readings(): Promise<ProbeReadings>;
  /** Bytes of the page's main-thread JS heap after a forced garbage collection (workers excluded). */
  heapUsedBytes(): Promise<number>;
  close(): Promise<void>;
}

/** Opens `url` at 1280×800 and waits until the page-side predicate `until` is true. A function,
 * not a string: the app's CSP forbids the eval a string predicate needs. */
export async function openMeasured(
  browser: Browser,
  url: string,
  until: () => boolean,
  timeoutMs = 180_000,
): Promise<MeasuredPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(until, undefined, { timeout: timeoutMs, polling: 50 });
  } catch (error) {
    await context.close();
    throw new Error(
      `${url}: ${String(error)}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
    );
  }
  return {
    page,
    context,
    readings: () => page.evaluate(READ_PROBE) as Promise<ProbeReadings>,
    heapUsedBytes: async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    },
    close: () => context.close(),
  };
}

/** The app is loaded and drawn, and its first analysis is in the store. */
export const APP_INTERACTIVE = (): boolean => {
  const probe = (window as { __benchProbe?: { readyMs?: number; analysisMs?: number } })
    .__benchProbe;
  return probe?.readyMs !== undefined && probe.analysisMs !== undefined;
};

/** The baseline page drew every layer. */
export const BASELINE_PAINTED = (): boolean =>
  (window as { __baselinePaintedMs?: number }).__baselinePaintedMs !== undefined;
