import { defineConfig } from 'vitest/config';

/** The fuzz run in real Chromium (test/deep/fuzz.mjs runs it against a release build). */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/deep/**/*.deep.ts'],
    environment: 'node',
    // The e2e helpers it shares reach src/shared/browser.ts, whose polyfill throws in Node: the
    // unit tests' stand-in, as in test/e2e/vitest.e2e.config.ts (never used).
    setupFiles: ['test/fakes/setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
