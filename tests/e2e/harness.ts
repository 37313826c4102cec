// What browser end-to-end tests import: open the built app in Chromium, wait for it to settle,
// and read the pixels the map drew. The server and browser come from support/globalSetup.ts.
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectChromium } from './support/browser';
import { openSession, type AppSession, type OpenAppOptions } from './support/openSession';

export type { AppSession, OpenAppOptions } from './support/openSession';
export { saveScreenshot } from './support/openSession';
export { readyTimeoutMs, waitForAppReady, waitForMapIdle } from './support/readiness';
export {
  basemapColours,
  canvasHasInkAt,
  colourDistance,
  readMapPixels,
  type InkOptions,
  type PixelWindow,
  type Rgba,
} from './support/pixels';

let browser: Promise<Browser> | undefined;
let openSessions = 0;

/** Base URL of the app under test, ending in `/`. */
export function appUrl(): string {
  return inject('atlasBaseUrl');
}

/**
 * Opens the built app in a new browser context (default 1280×800, Chinese browser language).
 * Always `await app.close()` (e.g. in `finally`); the shared browser is released with the last one.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  browser ??= connectChromium(inject('chromiumWsEndpoint'));
  const connected = browser;
  openSessions += 1;
  let session: AppSession;
  try {
    session = await openSession(await connected, appUrl(), options);
  } catch (error) {
    await release(connected);
    throw error;
  }
  let released = false;
  const close = async (): Promise<void> => {
    await session.close();
    if (released) return;
    released = true;
    await release(connected);
  };
  return { ...session, close };
}

/** Disconnects from the shared browser once no session uses it. */
async function release(connected: Promise<Browser>): Promise<void> {
  openSessions -= 1;
  if (openSessions > 0 || browser !== connected) return;
  browser = undefined;
  await connected.then((shared) => shared.close()).catch(() => undefined);
}
