import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: everything but the end-to-end suites (*.e2e.test.ts), which npm run test:e2e
// runs with vitest.e2e.config.ts: npm pack, a real browser, pseudo-terminals, real shells,
// the action's steps.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.e2e.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    // Time limits catch hangs, not slowness: a machine under load (CI's neighbours, several
    // engineers on two cores) must not fail a test that is only slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Measured on a 2-core machine: forks spawn git more cheaply than threads; files sharing a
    // worker's modules (no isolation) save a third of the CPU; and since tests mostly wait on
    // git, a worker per core (vitest's default leaves one idle) shortens the wall time.
    pool: 'forks',
    isolate: false,
    maxWorkers: availableParallelism(),
    // Transformed modules kept in node_modules between runs (keyed by content): about 5 CPU-s
    // of every run after the first.
    experimental: { fsModuleCache: true },
  },
});
