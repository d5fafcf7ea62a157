import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the slow end-to-end suites, kept out of `npm test` (vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
