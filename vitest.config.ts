import { defineConfig } from 'vitest/config';

// One runner for every suite. Suites that build or drive a browser run one file at a time (two
// cores); `npm test` runs the projects one after another for the same reason.
export default defineConfig({
  test: {
    projects: [
      // A few unit tests load Astro or every code block through Shiki: seconds, many more on a busy
      // machine. The limit only stops a hung test; speed is measured by the benchmark, not here.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false, testTimeout: 180_000, hookTimeout: 180_000 } },
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'examples', include: ['tests/examples/**/*.test.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 120_000 } },
    ],
  },
});
