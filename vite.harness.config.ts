// Builds the browser harness (and the benchmark) for plain Node. Never part of the packaged app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { BUNDLE_WITHOUT_POLYFILLS, NO_POLYFILLS } from './scripts/no-polyfills.mjs';

export default defineConfig({
  resolve: { alias: NO_POLYFILLS },
  ssr: { noExternal: BUNDLE_WITHOUT_POLYFILLS },
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
