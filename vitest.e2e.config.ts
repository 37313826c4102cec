// Browser end-to-end tests: real Chromium against the built app (dist/) served by vite preview.
// Run through `npm run test:e2e` (builds first) or `npm test`; results also go to test-results/e2e.json.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    environment: 'node',
    // Software WebGL on two cores: one file at a time keeps timings far from the limits.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
