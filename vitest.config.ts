import { defineConfig } from 'vitest/config';

// One runner for every suite. `npm test` runs the projects one after another (two cores): builds,
// browsers and QEMU would fight over them otherwise.
// Each run's temporary files in a folder of its own, removed at the end (tests/helpers/temporary-folder.ts).
const globalSetup = ['tests/helpers/temporary-folder.ts'];

export default defineConfig({
  test: {
    projects: [
      // A few unit tests load Astro or every code block through Shiki: seconds, many more on a busy
      // machine. The limit only stops a hung test; speed is measured by the benchmark, not here.
      // Two files at a time in worker threads: Vitest's default on two cores is one file at a time
      // in a child process each, and the suite spent most of its 33 s starting them (15 s now). A
      // file's environment stays its own (a worker thread has its own copy of process.env, which is
      // all vi.stubEnv changes); the tests share no files or ports.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads', maxWorkers: 2, testTimeout: 60_000, globalSetup } },
      // Two files at a time, one per core: every file that builds does so in a project copy and a
      // temporary folder of its own (tests/helpers/fixture-build.ts), and the others only read
      // dist/ or start servers on ports of their own, so no file sees another's state. A group
      // of its own: Vitest refuses projects with different worker counts in one group.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup,
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      // One file at a time: each file's pages are already checked a few at a time in one browser.
      // expect.poll waits up to 15 s instead of Vitest's 1 s: a cold search (Pagefind's WebAssembly and
      // first fragments) takes 1–2 s on a quiet two-core machine and more on a busy one. It is only
      // how long a wait may last; no test asserts a time.
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], globalSetup, expect: { poll: { timeout: 15_000 } }, fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'examples', include: ['tests/examples/**/*.test.ts'], globalSetup, fileParallelism: false, testTimeout: 300_000, hookTimeout: 120_000 } },
    ],
  },
});
