import { defineConfig } from 'vitest/config';

// The browser test of the documentation site (npm run test:e2e). It drives the built site (npm run docs)
// in headless Chromium, so it is kept out of the default `npm test` run.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
