// The closing line of `npm test` from the runners' JSON reports. A file that failed to load or
// to run (an import that throws, a hook that times out) reports no failed test of its own, so it
// is counted here as one failure: "4 files never ran" must not read as "0 failed".

/** Vitest's JSON report: failed tests, and each file that failed with no failed test in it. */
export function vitestCounts(report) {
  const files = report.testResults ?? [];
  const silentFiles = files.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + silentFiles;
  // An error outside every file (an unhandled rejection) fails the run without a file to show it.
  if (report.success === false && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

/** Playwright's JSON report: unexpected results, and each error outside a test (a spec that fails to load). */
export function playwrightCounts(report) {
  const { stats } = report;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (report.errors?.length ?? 0),
    skipped: stats.skipped,
  };
}

/** The sum of the reports there are (null: the runner did not get as far as writing one). */
export function totalCounts(vitest, playwright) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const parts = [vitest && vitestCounts(vitest), playwright && playwrightCounts(playwright)].filter(Boolean);
  for (const part of parts) {
    total.passed += part.passed;
    total.failed += part.failed;
    total.skipped += part.skipped;
  }
  return total;
}
