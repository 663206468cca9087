// Builds the browser harness (and the benchmark) for plain Node. Never part of the packaged app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
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
