import { defineConfig } from 'vitest/config';

// The unit suite alone, for Stryker (stryker.config.mjs). @stryker-mutator/vitest-runner 10 has no
// option to pick one project of vitest.config.ts, and the other projects build the site or drive a
// browser: far too slow to run once per mutant. Same include and limit as the `unit` project there.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
