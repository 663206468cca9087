// Mutation testing (TESTING.md says how to read it), not part of `npm test`. This file is the
// domain's part: src-shared/ against its own tests, tests/unit; stryker.store.config.mjs is the
// store's, src-main/store/ against tests/main. Apart, because a mutant runs only the tests that
// reach it, and the main tests reach the domain through the store's disk: each domain mutant
// would wait on file writes that prove nothing about it.
// One test runner: the machine is shared (`--concurrency 2` where a core is free). Incremental: a
// run retests only the mutants whose code or covering tests changed since the last one.

/** @returns {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export function mutation({ part, tests, mutate }) {
  // vitest.mutate.config.ts runs tests/<tests>; the test runners inherit the variable.
  process.env.KANALPLAN_MUTATE_TESTS = tests;
  return {
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutate.config.ts', related: false },
    mutate,
    coverageAnalysis: 'perTest',
    // A mutant in code that runs at import (a schema, a table) is covered by every test: each would
    // cost a run of the whole suite. They are left out, and counted as ignored.
    ignoreStatic: true,
    concurrency: 1,
    // The first run of the whole suite, on a loaded machine, can take minutes.
    dryRunTimeoutMinutes: 15,
    incremental: true,
    incrementalFile: `reports/mutation/${part}/incremental.json`,
    tempDirName: 'reports/stryker-tmp',
    cleanTempDir: true,
    ignorePatterns: ['out', 'dist', 'test-results', 'tests/artifacts', '.kanalplan-data', 'bench', 'resources'],
    reporters: ['progress', 'clear-text', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${part}/index.html` },
    jsonReporter: { fileName: `reports/mutation/${part}/mutation.json` },
    clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true },
    thresholds: { high: 80, low: 60, break: null },
  };
}

export default mutation({
  part: 'shared',
  tests: 'unit',
  mutate: [
    'src-shared/**/*.ts',
    // Words and example content, data with no logic: a changed string there is no gap in a test.
    '!src-shared/i18n/{sv,en}.ts',
    '!src-shared/example-plan/{organisation,politics}.ts',
  ],
});
