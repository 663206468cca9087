// Opens one section of Inställningar from its side navigation and waits for its heading.
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

export async function openSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('navigation', { name: 'Avsnitt' }).getByRole('button', { name, exact: true }).click();
  const section = page.getByRole('region', { name, exact: true });
  await expect(section.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  return section;
}
