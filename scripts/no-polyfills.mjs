// twitter-text imports core-js 2's polyfills, written for engines older than any Kanalplan runs
// on (Node 20+, Electron's Chromium). Loading them is not free: es6.regexp.split's feature test
// sets `constructor` on a RegExp, which turns V8's fast path for replace, split and match off
// for the rest of the process. Every global replace in the app took 5–7 times as long, the
// checks of 10,000 posts among them (BENCHMARKS.md). So each build resolves core-js's modules
// to an empty one, and twitter-text is bundled wherever it would be left to Node's require.
// The tests (vitest) load it as Node does, polyfills and all: only their speed differs, and
// inlining it there cost half a second a test file.
import { fileURLToPath } from 'node:url';

const EMPTY = fileURLToPath(new URL('./empty-module.js', import.meta.url));

export const NO_POLYFILLS = [{ find: /^core-js\/modules\/.+$/, replacement: EMPTY }];

