// What many end-to-end tests share: the example plan loaded from the welcome screen, and an axe
// scan that reports the serious problems only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './harness';

export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.getByText('Välkommen till Kanalplan')).toHaveCount(0);
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
