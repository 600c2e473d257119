import { defineConfig } from 'vitest/config';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Tests run in one time zone, whatever the machine's: Stockholm, the users' own (with
 * summer time, so a date that slips across midnight shows). Set here, before Vitest starts
 * its workers and Chromium, which inherit it; test/unit/timezone.test.ts checks it.
 */
export const TEST_TZ = 'Europe/Stockholm';
if (process.env.VITEST) process.env.TZ = TEST_TZ;

// One config for the app build, the unit tests (Node) and the e2e tests (Node driving Chromium).
export default defineConfig({
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'], testTimeout: 60_000, env: { TZ: TEST_TZ } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          env: { TZ: TEST_TZ },
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
