// Opens the app in a fresh browser context and records what a test must be able to refuse:
// console errors, uncaught page errors and any request that leaves the app's origin.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';
import { projectRoot } from './previewServer';

export interface OpenAppOptions {
  /** URL fragment without or with the leading `#`, e.g. `layers=dc,pp`. */
  readonly hash?: string;
  /** Browser language; the app picks its default language from it (default `zh`). */
  readonly lang?: 'zh' | 'en';
  /** CSS pixels (default 1280×800). */
  readonly viewport?: ViewportSize;
  /**
   * Runs after the page exists and before it navigates: grant permissions, listen for dialogs,
   * add init scripts — anything that must be in place before the app's first line runs.
   */
  readonly beforeLoad?: (page: Page, context: BrowserContext) => Promise<void> | void;
}

export interface AppSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console `error` messages and uncaught exceptions, in order. */
  readonly consoleErrors: string[];
  /** Requests to any origin other than the app's (data: and blob: URLs excepted); all blocked. */
  readonly foreignRequests: string[];
  /** Closes the context; safe to call twice. */
  close(): Promise<void>;
}

const locales = { zh: 'zh-CN', en: 'en-US' } as const;

/** Opens `appUrl` (ending in `/`) with the given options and waits for the load event. */
export async function openSession(
  browser: Browser,
  appUrl: string,
  options: OpenAppOptions = {},
): Promise<AppSession> {
  const origin = new URL(appUrl).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: locales[options.lang ?? 'zh'],
    serviceWorkers: 'block',
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  const hash = options.hash ? `#${options.hash.replace(/^#/, '')}` : '';
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  try {
    await options.beforeLoad?.(page, context);
    await page.goto(`${appUrl}${hash}`, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return { page, context, consoleErrors, foreignRequests, close };
}

/** Saves a screenshot of the page to test-results/screenshots/<name>.png; returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = resolve(projectRoot, 'test-results/screenshots', `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}
