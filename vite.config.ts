import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/vite/cspPlugin.ts';
import { datasetPlugin } from './scripts/vite/datasetPlugin.ts';

// Relative base so the built app works from any folder of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), cspPlugin(), datasetPlugin(fileURLToPath(new URL('./data', import.meta.url)))],
  publicDir: 'public',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
