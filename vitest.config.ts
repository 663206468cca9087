import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Modules are shared between the test files a worker runs (`isolate: false`): importing them
// afresh for each of ~120 files took 60 % of the suite's time. What a file changes for the
// process (the time zone, fake timers, the DOM) it puts back itself; the setup files below run
// before each file. The two files that mock Electron's module keep a module graph of their own.
const MOCKS_ELECTRON = ['tests/main/ipc.test.ts', 'tests/main/preload.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Two files at a time: vitest's default is the cores less one, a single file on a two-core
    // machine, which left a core idle while a file imported its modules or waited on a child.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/{unit,main,scripts}/**/*.test.ts'], exclude: MOCKS_ELECTRON, isolate: false },
      },
      { extends: true, test: { name: 'electron-mocked', include: MOCKS_ELECTRON, isolate: true } },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          isolate: false,
          setupFiles: ['tests/support/renderer-setup.ts'],
        },
      },
    ],
  },
});
