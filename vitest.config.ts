import { defineConfig } from 'vitest/config';

/** The suite that measures quota use across replica processes needs the machine to itself. */
const MEASURED = ['test/replicas.test.ts'];

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (no "exports" map); tests must share that one
  // instance with type-graphql and Apollo, not load the ESM build beside it.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        // Integration tests start servers and measure concurrency; two cores are shared fairly this way.
        test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: MEASURED, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Three facade processes under load: alone, after the rest, so the figures are the facade's.
        test: { name: 'replicas', include: MEASURED, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
