// twitter-text imports core-js 2, whose regexp-split feature test turns V8's fast path for every
// regular expression off (scripts/no-polyfills.mjs). Each build resolves core-js to an empty
// module and bundles twitter-text; these hold the built files to it. (The tests themselves load
// twitter-text as Node does, polyfills and all: only speed differs. tests/e2e/shell.spec.ts
// checks the running renderer.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What core-js 2 leaves on the global object as soon as any of its modules loads. */
const CORE_JS_MARK = '__core-js_shared__';

function bundles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:c|m)?js$/.test(name))
    .map((name) => join(folder, name));
}

describe('the built app without core-js', () => {
  it.each(['out/main', 'out/harness', 'out/renderer'])('%s bundles twitter-text and no polyfill', (folder) => {
    expect(existsSync(folder), 'run "npm run build" first').toBe(true);
    const files = bundles(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((file) => readFileSync(file, 'utf8').includes('extractUrlsWithIndices'))).toBe(true);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code.includes(CORE_JS_MARK), `${file} holds core-js`).toBe(false);
      // Left to Node's require at run time, twitter-text would load core-js after all.
      expect(/(?:from|require\()\s*["']twitter-text["']/.test(code), `${file} imports twitter-text at run time`).toBe(false);
    }
  });
});
