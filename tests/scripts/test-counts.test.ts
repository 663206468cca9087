// The closing line of `npm test` counts files that never ran. The reports below have the shapes
// vitest 4 and Playwright 1.65 wrote for a file whose import throws (checked by running them).
import { describe, expect, it } from 'vitest';
import { playwrightCounts, totalCounts, vitestCounts } from '../../scripts/test-counts.mjs';

const passing = (name: string, ...statuses: string[]) => ({
  name,
  status: 'passed',
  assertionResults: statuses.map((status, i) => ({ title: `t${i}`, status, failureMessages: [] })),
});
const unloadable = (name: string) => ({
  name,
  status: 'failed',
  message: `Cannot find module '../../does-not-exist' imported from ${name}`,
  assertionResults: [],
});

function vitestReport(files: object[], tests: { passed: number; failed: number; pending: number }) {
  return {
    numPassedTests: tests.passed,
    numFailedTests: tests.failed,
    numPendingTests: tests.pending,
    numTodoTests: 0,
    success: tests.failed === 0 && files.every((file) => (file as { status: string }).status === 'passed'),
    testResults: files,
  };
}

describe('the counts of a vitest report', () => {
  it('counts each file that failed to load as a failure', () => {
    const files = [passing('ok.test.ts', 'passed', 'skipped'), ...['a', 'b', 'c', 'd'].map((n) => unloadable(`${n}.test.ts`))];
    expect(vitestCounts(vitestReport(files, { passed: 1, failed: 0, pending: 1 }))).toEqual({ passed: 1, failed: 4, skipped: 1 });
  });

  it('counts a file whose beforeAll failed (its tests skipped) as a failure', () => {
    const hookFailed = { ...passing('app.test.tsx', 'skipped', 'skipped'), status: 'failed' };
    expect(vitestCounts(vitestReport([hookFailed], { passed: 0, failed: 0, pending: 2 }))).toEqual({ passed: 0, failed: 1, skipped: 2 });
  });

  it('counts a file with failed tests by its tests, not once more', () => {
    const broken = { ...passing('x.test.ts', 'passed', 'failed', 'failed'), status: 'failed' };
    expect(vitestCounts(vitestReport([broken], { passed: 1, failed: 2, pending: 0 }))).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it('counts a run that failed outside every file as one failure', () => {
    const report = { ...vitestReport([passing('ok.test.ts', 'passed')], { passed: 1, failed: 0, pending: 0 }), success: false };
    expect(vitestCounts(report).failed).toBe(1);
  });
});

describe('the counts of a Playwright report', () => {
  it('counts each error outside a test (a spec that does not load) as a failure', () => {
    const report = {
      stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
      errors: [{ message: "Error: Cannot find module '/repo/does-not-exist' imported from /repo/tests/e2e/x.spec.ts" }],
    };
    expect(playwrightCounts(report)).toEqual({ passed: 4, failed: 2, skipped: 2 });
  });
});

describe('the closing line', () => {
  it('adds the reports there are, and a runner that wrote none adds nothing', () => {
    const vitest = vitestReport([unloadable('a.test.ts')], { passed: 10, failed: 0, pending: 1 });
    const playwright = { stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] };
    expect(totalCounts(vitest, playwright)).toEqual({ passed: 15, failed: 1, skipped: 1 });
    expect(totalCounts(vitest, null)).toEqual({ passed: 10, failed: 1, skipped: 1 });
    expect(totalCounts(null, null)).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});
