// @ts-check
// Mutation testing of the pure core: `npm run test:mutation` (not part of `npm test`: it is slow).
// Stryker changes the code one small mutation at a time and runs the unit tests that cover it; a
// mutant that no test notices ("survived") is code whose behaviour the tests do not pin down.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Only tests/unit (see vitest.mutation.config.ts for why not vitest.config.ts's `unit` project).
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    'src/config/**/*.ts',
    'src/markdown/**/*.ts',
    'src/safety/**/*.ts',
    'src/translations/**/*.ts',
    // An Astro content loader: it runs inside Astro's content layer (astro/loaders' glob, the
    // LoaderContext Astro hands it), which the unit tests do not start; the site tests build with it.
    '!src/markdown/fast-path/mdx-loader.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (in code that runs when a module loads: constants, regexes, tables such as the
  // sanitiser's allow-list) cannot be traced to a test, so each one reloads and reruns every test that
  // imports its file: about a fifth of the mutants here and four fifths of the time (hours on two
  // cores). The habitual run leaves them out (Stryker reports them as ignored, outside the score);
  // STRYKER_STATIC=1 brings them back, e.g. for one folder:
  //   STRYKER_STATIC=1 npx stryker run --mutate 'src/safety/**/*.ts'
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.stryker-tmp',
};
