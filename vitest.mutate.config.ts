// The tests StrykerJS runs against each mutant of src-shared/ and src-main/store/ (`npm run mutate`):
// the unit and main tests, which prove the domain and the store. Left out: the renderer tests (the
// domain is to be proved by its own tests, and the whole app in happy-dom makes every mutant slow),
// the crash tests (their child processes run code Stryker cannot switch mutants in), the packaging
// and real-disk tests, and the window's, which reads the built renderer (a sandbox has no build).
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Spread, not mergeConfig: that would add these lists to the base's instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/{unit,main}/**/*.test.ts'],
    // Files share their imports (zod, twitter-text, date-fns) instead of loading them again each:
    // the first run of the suite took 101 s isolated and 38 s shared, with the same 732 tests passing.
    isolate: false,
    exclude: [
      'tests/main/store-crash*.test.ts',
      'tests/main/packaging.test.ts',
      'tests/main/full-disk.test.ts',
      'tests/main/window.test.ts',
    ],
  },
});
