import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The product's browser module over the in-memory fake (the real polyfill throws here).
    setupFiles: ['test/fakes/setup.ts'],
    // Property tests run 1,000+ cases each; leave room on a slow or busy machine.
    testTimeout: 30_000,
    // A time zone with daylight saving, so local-time logic meets a real DST calendar.
    env: { TZ: 'Europe/London' },
    // A test that asserts nothing fails: a loop over nothing cannot pass for a check.
    expect: { requireAssertions: true },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
