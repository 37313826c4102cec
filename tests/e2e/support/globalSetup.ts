// Vitest global setup for the browser tests: one `vite preview` of dist/ and one Chromium for
// the whole run, handed to the test files through `inject`, and both stopped afterwards.
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './browser';
import { startPreviewServer } from './previewServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app, ending in `/`. */
    atlasBaseUrl: string;
    /** Websocket endpoint of the shared Chromium. */
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreviewServer();
  const chromium = await launchChromiumServer().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  project.provide('atlasBaseUrl', server.url);
  project.provide('chromiumWsEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
