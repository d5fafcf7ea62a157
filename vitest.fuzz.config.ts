import { defineConfig } from 'vitest/config';

// `npm run fuzz`, never part of `npm test` or CI: the property tests with many more runs
// (FC_NUM_RUNS, default 20,000, the costly properties a fraction of it), and the repository
// fuzzer for FUZZ_MINUTES (default 10), side by side on the two workers. Needs `npm run build`
// (the fuzzer runs dist/ in a worker thread); the npm script builds first.
const minutes = Number(process.env.FUZZ_MINUTES ?? 10);

export default defineConfig({
  test: {
    include: ['test/properties/**/*.test.ts', 'test/escape/**/*.test.ts', 'test/load/one-meaning.test.ts', 'test/fuzz/**/*.fuzz.ts'],
    // The escapers' end-to-end cases hold no property: npm test runs them.
    exclude: ['**/node_modules/**', 'test/escape/end-to-end.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    env: { FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '20000' },
    testTimeout: (minutes + 20) * 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
