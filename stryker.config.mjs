// Mutation testing (`npm run mutate`, not part of `npm test`): TESTING.md says how to read it.
// One test runner: the machine is shared (`--concurrency 2` where a core is free). Incremental: a
// run retests only the mutants whose code or covering tests changed since the last one.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'src-shared/**/*.ts',
    'src-main/store/**/*.ts',
    // Words and example content, data with no logic: a changed string there is no gap in a test.
    '!src-shared/i18n/{sv,en}.ts',
    '!src-shared/example-plan/{organisation,politics}.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in code that runs at import (a schema, a table) is covered by every test: each would
  // cost a run of the whole suite. They are left out, and counted as ignored.
  ignoreStatic: true,
  concurrency: 1,
  // The first run of the whole suite, on a loaded machine, can take minutes.
  dryRunTimeoutMinutes: 15,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: 'reports/stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['out', 'dist', 'test-results', 'tests/artifacts', '.kanalplan-data', 'bench', 'resources'],
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true },
  thresholds: { high: 80, low: 60, break: null },
};
