import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suite: real Chromium with the built dist/ loaded (scripts/e2e.mjs runs it).
 * One browser at a time: every file launches its own persistent context, and parallel browsers
 * would fight over CPU and make alarm timing flaky.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Scenarios import src modules for their tables (badge colours, guide links); those reach
    // src/shared/browser.ts, whose polyfill throws in Node: the unit tests' stand-in (never used).
    setupFiles: ['test/fakes/setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A failing e2e step is a finding, not noise: no retries that could hide a flaky product.
    retry: 0,
    // A scenario that asserts nothing fails (as in vitest.config.ts).
    expect: { requireAssertions: true },
  },
  // Scenarios import view modules (e.g. the popup's guide links) for their tables.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
