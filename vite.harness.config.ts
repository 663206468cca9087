// Builds the browser harness (and the benchmark) for plain Node. Never part of the packaged app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { NO_POLYFILLS } from './scripts/no-polyfills.mjs';

export default defineConfig({
  resolve: { alias: NO_POLYFILLS },
  // Every dependency bundled but the native one (sharp) and the bench's browser driver: resolving
  // and compiling a few dozen packages was half of the harness's one-second start, paid by every
  // end-to-end test.
  ssr: { noExternal: true, external: ['sharp', 'playwright', 'playwright-core', '@playwright/test'] },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/harness',
    emptyOutDir: true,
    rolldownOptions: {
      input: { server: resolve('src-main/harness/server.ts'), bench: resolve('bench/index.ts') },
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
