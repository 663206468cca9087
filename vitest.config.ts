import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/{unit,main,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Two files at a time: vitest's default is the cores less one, a single file on a two-core
    // machine, which left a core idle while a file imported its modules or waited on a child.
    maxWorkers: 2,
  },
});
