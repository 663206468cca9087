// Inställningar's sections through the browser harness: what is changed there shows on the
// kanban, in the filters and in the editor, and each section is looked at and scanned by axe.
import type { Page } from '@playwright/test';
import { loadExample, seriousViolations } from './example';
import { test, expect } from './harness';
import { openSection } from './settings-section';
import { screenshot } from './screenshots';

async function newPostEditor(page: Page) {
  await page.getByRole('button', { name: 'Kanban' }).click();
  await page.keyboard.press('Control+n');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  return editor;
}

test('a renamed audience shows its new name on the kanban cards and in the audience filter', async ({ page, harness }) => {
  await loadExample(page);
  const section = await openSection(page, 'Målgrupper');
  const row = section.getByRole('group', { name: 'Studenter i Stockholm' });
  const name = row.getByRole('textbox', { name: 'Namn', exact: true });
  await name.fill('Stockholmsstudenter');
  await name.press('Enter');
  await expect(section.getByRole('group', { name: 'Stockholmsstudenter' })).toBeVisible();
  await screenshot(page, 'settings-audiences');

  await page.getByRole('button', { name: 'Kanban' }).click();
  await expect(page.locator('.audience-chip', { hasText: 'Stockholmsstudenter' }).first()).toBeVisible();
  await expect(page.locator('.audience-chip', { hasText: 'Studenter i Stockholm' })).toHaveCount(0);
  const filter = page.getByRole('combobox', { name: 'Målgrupp' });
  await expect(filter.getByRole('option', { name: 'Stockholmsstudenter' })).toHaveCount(1);
  await filter.selectOption({ label: 'Stockholmsstudenter' });
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();

  await harness.stop();
  const { settings } = harness.readJson('settings.json') as { settings: { audiences: Array<{ id: string; label: { sv: string } }> } };
  expect(settings.audiences.find((audience) => audience.id === 'students')?.label.sv).toBe('Stockholmsstudenter');
});

test('an archived audience and a channel turned off are not offered for a new post', async ({ page }) => {
  await loadExample(page);
  const audiences = await openSection(page, 'Målgrupper');
  await audiences.getByRole('button', { name: 'Arkivera Byggbranschen' }).click();
  await expect(audiences.getByRole('button', { name: 'Återta Byggbranschen' })).toBeVisible();
  const channels = await openSection(page, 'Kanaler');
  await channels.getByRole('checkbox', { name: 'Använd Facebook' }).uncheck();
  await expect(channels.getByRole('group', { name: 'Facebook' })).toHaveAttribute('data-enabled', 'false');

  const editor = await newPostEditor(page);
  await expect(editor.getByRole('checkbox', { name: 'Lärosäten' })).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: 'Byggbranschen' })).toHaveCount(0);
  const add = editor.getByRole('combobox', { name: 'Lägg till kanal…' });
  await expect(add.getByRole('option', { name: 'LinkedIn' })).toHaveCount(1);
  await expect(add.getByRole('option', { name: 'Facebook' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // The post that has the archived audience keeps it, and the filter still finds it…
  const filter = page.getByRole('combobox', { name: 'Målgrupp' });
  await filter.selectOption({ label: 'Byggbranschen' });
  const old = page.getByRole('button', { name: /Intervjuserie: de som bygger studentbostäderna/ });
  await expect(old).toBeVisible();
  await old.click();
  await expect(editor.getByRole('checkbox', { name: 'Byggbranschen' })).toBeChecked();
  await page.keyboard.press('Escape');
  // …but a post added under that filter does not get it, and says the filter hides it.
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Utan arkiverad målgrupp');
  await quickAdd.press('Enter');
  await expect(page.locator('.toast').getByText('”Utan arkiverad målgrupp” är skapat men syns inte: filtret döljer det.')).toBeVisible();
});

test('a channel limit changed in Settings is the one the editor counts against', async ({ page }) => {
  await loadExample(page);
  const section = await openSection(page, 'Kanaler');
  const linkedin = section.getByRole('group', { name: 'LinkedIn' });
  const limit = linkedin.getByRole('spinbutton', { name: 'Teckengräns' });
  // A refused value stays in the field with the reason beside it.
  await limit.fill('0');
  await limit.press('Enter');
  await expect(linkedin.getByRole('alert')).toContainText('teckengränsen för LinkedIn måste vara ett heltal, 1 eller mer');
  await expect(limit).toHaveValue('0');
  await linkedin.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-channels-refusal');
  await limit.fill('40');
  await limit.press('Enter');
  await expect(linkedin.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'settings-channels');

  const editor = await newPostEditor(page);
  await editor.getByRole('combobox', { name: 'Lägg till kanal…' }).selectOption({ label: 'LinkedIn' });
  await editor.getByRole('textbox', { name: 'Text', exact: true }).fill('Vi söker en ny kanslichef till vårt kansli i Stockholm.');
  await expect(editor.locator('.counter')).toContainText('/ 40');
  await expect(editor.locator('.counter')).toHaveAttribute('data-over', 'true');
});

test('every settings section, looked at and with no serious accessibility problems', async ({ page }) => {
  test.slow(); // five axe scans: on a loaded 2-core machine they outlast one test's default ceiling
  await loadExample(page);
  for (const [name, file] of [
    ['Organisation', 'settings-organisation'],
    ['Kanaler', 'settings-channels-top'],
    ['Målgrupper', 'settings-audiences-list'],
    ['Verksamhetsår', 'settings-year'],
    ['Kanaler per målgrupp', 'settings-suggestions'],
  ] as const) {
    await openSection(page, name);
    await screenshot(page, file);
    expect(await seriousViolations(page), name).toEqual([]);
  }
  // A refused website address: the reason beside the field, the draft still in it.
  const section = await openSection(page, 'Organisation');
  const url = section.getByRole('textbox', { name: 'Hemsidans adress' });
  await url.fill('ssco.se');
  await url.press('Enter');
  await expect(section.getByRole('alert')).toContainText('hemsidans adress måste börja med http:// eller https://');
  await expect(url).toHaveValue('ssco.se');
  await screenshot(page, 'settings-organisation-refusal');
});

test('the suggested channels set per audience are the ones the coverage matrix marks', async ({ page }) => {
  await loadExample(page);
  const section = await openSection(page, 'Kanaler per målgrupp');
  await section.getByRole('checkbox', { name: 'Instagram för Byggbranschen' }).check();
  await expect(section.getByRole('button', { name: 'Återgå till policyns förslag' })).toBeVisible();

  await page.getByRole('button', { name: 'Kalender' }).click();
  await page.getByRole('button', { name: 'Visa målgrupper och kanaler för veckan' }).click();
  const panel = page.getByRole('complementary', { name: /^Målgrupper v\. \d+/ });
  const row = panel.getByRole('row', { name: /Byggbranschen/ });
  // The policy suggests Hemsida and LinkedIn for the building trade; Instagram is now added.
  await expect(row.locator('td.suggested')).toHaveCount(3);
  await expect(row.getByRole('cell', { name: /föreslagen kanal/ })).toHaveCount(3);

  await openSection(page, 'Kanaler per målgrupp');
  await page.getByRole('button', { name: 'Återgå till policyns förslag' }).click();
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(row.locator('td.suggested')).toHaveCount(2);
});
