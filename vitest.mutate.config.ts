// The tests StrykerJS runs against each mutant (`npm run mutate`): tests/unit for src-shared/,
// tests/main for src-main/store/, as the Stryker config of each part says. Left out: the renderer
// tests (the domain is to be proved by its own tests, and the whole app in happy-dom makes every
// mutant slow), the crash tests (their child processes run code Stryker cannot switch mutants in), the packaging
// and real-disk tests, and the window's, which reads the built renderer (a sandbox has no build).
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Spread, not mergeConfig: that would add these lists to the base's instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [`tests/${process.env.KANALPLAN_MUTATE_TESTS ?? '{unit,main}'}/**/*.test.ts`],
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
