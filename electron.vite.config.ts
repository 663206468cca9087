import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { NO_POLYFILLS } from './scripts/no-polyfills.mjs';

export default defineConfig({
  main: {
    resolve: { alias: NO_POLYFILLS },
    build: {
      rolldownOptions: { input: { index: resolve('src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      // CommonJS, because an ESM preload needs the sandbox off (TOOLCHAIN.md).
      rolldownOptions: {
        input: { preload: resolve('src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    publicDir: resolve('resources'),
    base: './',
    plugins: [react()],
    resolve: { alias: NO_POLYFILLS },
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
