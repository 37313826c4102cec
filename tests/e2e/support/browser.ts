// How the end-to-end tests and the screenshot script start Chromium: the system browser
// (never a downloaded one), WebGL2 in software through SwiftShader, and no calls home.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Path of the Chromium binary: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`. */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium without a GPU or network access beyond the page's origin. */
export const chromiumArgs: readonly string[] = [
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function launchOptions(): LaunchOptions {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Run \`node scripts/ensure-chromium.mjs\` ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return { executablePath: chromiumPath, args: [...chromiumArgs], headless: true };
}

/** Starts a headless Chromium owned by the caller, who must close it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Starts a Chromium that test files connect to over a websocket (see `connectChromium`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to a Chromium started by `launchChromiumServer`; closing it only disconnects. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
