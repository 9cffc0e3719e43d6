import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start servers and measure concurrency; two cores are shared fairly this way.
    maxWorkers: 2,
  },
});
