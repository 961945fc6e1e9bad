import { defineConfig } from 'vitest/config';

/** The fuzz run in real Chromium (test/deep/fuzz.mjs runs it against a release build). */
export default defineConfig({
  test: {
    root: '.',
    include: ['test/deep/**/*.deep.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
