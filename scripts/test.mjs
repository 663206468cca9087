// `npm test`: typecheck, lint, build, unit/main/renderer tests (vitest), end-to-end tests (Playwright in
// Chromium through the browser harness). Ends with one plain line: N passed, N failed, N skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { totalCounts } from './test-counts.mjs';

const REPORTS = 'out/test-reports';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
// Reports of an earlier run must not be counted as this one's.
rmSync(REPORTS, { recursive: true, force: true });

// Each step's seconds, printed at the end: which phase to look at when the whole grows slow.
const timings = [];

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const begun = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  timings.push(`${title.split(' (')[0]} ${Math.round((Date.now() - begun) / 1000)} s`);
  return result.status === 0;
}

/** A runner's JSON report, or null where it did not get as far as writing one. */
function report(name) {
  const path = `${REPORTS}/${name}.json`;
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const ok =
  step('Typecheck (shared, main, renderer, tests)', npm, ['run', '--silent', 'typecheck']) &&
  step('Lint (oxlint, type-aware: floating promises, unused code, the house rules on imports)', npm, ['run', '--silent', 'lint']) &&
  step('Build (Electron main, preload, renderer; browser harness)', npm, ['run', '--silent', 'build']) &&
  (mkdirSync(REPORTS, { recursive: true }), true) &&
  step('Unit, main and renderer tests (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${REPORTS}/vitest.json`,
  ]) &&
  step('End-to-end tests (Playwright, Chromium, browser harness)', 'npx', ['playwright', 'test']);

const { passed, failed, skipped } = totalCounts(report('vitest'), report('playwright'));
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test took ${seconds} s${ok ? '' : ' and FAILED'} (${timings.join(', ')}).`);
// A step that failed before any test ran (typecheck, build) still counts as a failure here.
console.log(`tests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
