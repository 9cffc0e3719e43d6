import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (no "exports" map); tests must share that one
  // instance with type-graphql and Apollo, not load the ESM build beside it.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start servers and measure concurrency; two cores are shared fairly this way.
    maxWorkers: 2,
  },
});
