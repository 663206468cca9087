// Names a plain object already has (issue 16, item 6): an audience with the id "constructor"
// was looked up in a plain object, found Object.prototype's function, and blanked the app on
// Styrelsevy. Audiences and channels named constructor, __proto__, toString and valueOf, added in
// Settings and brought in by an import, are shown in every view, and no view throws.
import type { Page } from '@playwright/test';
import { emptyVariant } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import { newCustomChannel } from '../../src-shared/settings/custom-channels';
import { planFileText } from '../../src-main/services/plan-file';
import { test, expect } from './harness';
import { openSection } from './settings-section';
import { typeInField } from './date-fields';

const NAMES = ['constructor', '__proto__', 'toString', 'valueOf'];
const TITLE = 'Prototypnamnen';

// Two hours after the imported post's 12:00, so Publicera shows it as late, under each channel's
// name; at the machine's hour the test failed every morning, when the post was still to come.
test.use({ now: '2026-12-02T14:00' });

/** Uncaught errors of the page: a view that throws while rendering blanks the app. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function today(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
}

test('audiences and channels with these names, added in Settings, show in every view', async ({ page }) => {
  const errors = watchErrors(page);
  const audiences = await openSection(page, 'Målgrupper');
  for (const name of NAMES) {
    await audiences.getByRole('textbox', { name: 'Ny målgrupp' }).fill(name);
    await audiences.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect(audiences.getByRole('group', { name, exact: true })).toBeVisible();
  }
  const channels = await openSection(page, 'Egen kanal');
  for (const name of NAMES) {
    await channels.getByRole('textbox', { name: 'Namn' }).fill(name);
    await channels.getByRole('textbox', { name: 'Teckengräns' }).fill('500');
    await channels.getByRole('button', { name: 'Lägg till kanalen' }).click();
    await expect(channels.getByRole('status')).toContainText(`Kanalen ${name} är tillagd`);
  }
  // A post for them all, today.
  await page.getByRole('button', { name: 'Kanban' }).click();
  await page.keyboard.press('Control+n');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
  for (const name of NAMES) {
    await editor.getByRole('checkbox', { name, exact: true }).check();
    await editor.getByRole('combobox', { name: 'Lägg till kanal…' }).selectOption({ label: name });
    await expect(editor.getByRole('tab', { name, exact: true })).toBeVisible();
  }
  const day = await today(page);
  await typeInField(editor, 'Datum', day.replaceAll('-', ''), day);
  await page.getByRole('button', { name: 'Stäng redigeraren' }).click();
  await walkEveryView(page, { published: false });
  expect(errors).toEqual([]);
});

test('audiences and channels with these names, brought in by an import, show in every view', async ({ page }) => {
  const errors = watchErrors(page);
  const text = planFileWithNames(await today(page));
  await openSection(page, 'Säkerhetskopior');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera…' }).click();
  await (await chooser).setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Ersätt planen' }).click();
  await expect(page.getByRole('region', { name: 'Säkerhetskopior' }).getByRole('status')).toContainText('Planen är importerad.');
  await walkEveryView(page, { published: true });
  expect(errors).toEqual([]);
});

/** The plan file: audiences whose ids are these names (only a file can make "toString" an id). */
function planFileWithNames(day: string): string {
  const plan = emptyPlan();
  const channels = NAMES.reduce(
    (list, name) => [...list, newCustomChannel({ name, colour: '#336699', limit: 500, purpose: '' }, list)],
    plan.settings.channels,
  );
  const audiences = [...plan.settings.audiences, ...NAMES.map((id) => ({ id, label: { sv: id, en: id }, archived: false }))];
  const custom = channels.slice(plan.settings.channels.length).map((channel) => channel.id);
  // Suggestions for two of them: the other two are looked up and must not be found on a prototype.
  const suggestedChannels = NAMES.slice(0, 2).map((audience, index) => ({ audience, channels: [custom[index]!] }));
  const item: ContentItem = {
    id: 'prototyp',
    title: TITLE,
    notes: '',
    status: 'approved',
    date: day,
    time: '12:00',
    audiences: NAMES,
    tags: NAMES,
    owner: 'constructor',
    principles: { openness: true, clarity: true, credibility: true },
    rank: 0,
    variants: custom.map((channel) => ({ ...emptyVariant(channel), text: `Text för ${channel}` })),
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
  };
  const withNames: Plan = { ...plan, settings: { ...plan.settings, channels, audiences, suggestedChannels }, items: [item] };
  return planFileText(withNames, new Date());
}

/** Kanban, the editor, Kalender (week and month), Publicera, Styrelsevy, Inställningar, the export dialog. */
async function walkEveryView(page: Page, { published }: { published: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Kanban' }).click();
  const card = page.getByRole('button', { name: new RegExp(TITLE) }).first();
  // A card names two audiences and counts the rest; all four are in the editor below.
  await expect(card.locator('.audience-chip', { hasText: 'constructor' })).toBeVisible();
  for (const name of NAMES) await expect(card.getByRole('list', { name: 'Kanaler' }).getByText(name, { exact: true })).toBeVisible();

  await card.click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  for (const name of NAMES) {
    await expect(editor.getByRole('checkbox', { name, exact: true })).toBeChecked();
    await expect(editor.getByRole('tab', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Stäng redigeraren' }).click();

  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
  for (const name of NAMES) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Månad', exact: true }).click();
  await expect(page.locator('.month-grid').getByRole('button', { name: new RegExp(TITLE) }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publicera' })).toBeVisible();
  if (published) {
    // Late by two hours: each channel's part stands first, its heading named by channel and title.
    await expect(page.getByRole('heading', { level: 2, name: /Försenade/ })).toBeVisible();
    for (const name of NAMES) await expect(page.getByRole('heading', { level: 3, name: `${name} ${TITLE}` })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  const coverage = page.locator('.coverage-table').first();
  for (const name of NAMES) {
    await expect(coverage.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) })).toBeVisible();
    await expect(coverage.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }

  const audiences = await openSection(page, 'Målgrupper');
  for (const name of NAMES) await expect(audiences.getByRole('group', { name, exact: true })).toBeVisible();
  const suggestions = await openSection(page, 'Kanaler per målgrupp');
  for (const name of NAMES) await expect(suggestions.getByRole('rowheader', { name, exact: true })).toBeVisible();
  const channels = await openSection(page, 'Egen kanal');
  for (const name of NAMES) await expect(channels.locator('.custom-channel', { hasText: name }).first()).toBeVisible();

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  for (const name of NAMES) await expect(dialog.getByRole('checkbox', { name, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
