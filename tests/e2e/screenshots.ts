import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Saves a screenshot of a main view as a test artifact, to be looked at by a person. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('tests/artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png`, fullPage: false });
}
