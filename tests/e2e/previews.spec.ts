// Förhandsvisning in the editor, by keyboard: each network's preview looked at (screenshots) and
// scanned with axe, and "Kopiera del 2/3" copying that part of the X thread alone.
import type { PlanCommand } from '../../src-shared/plan/commands';
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { seriousViolations, applyInMain } from './example';


const X_THREAD = 'Fler studentbostäder nu, i hela Stockholm, till en hyra som går att betala. '.repeat(7).trim();
const TEXTS: Array<[string, Extract<PlanCommand, { type: 'variant.update' }>['patch']]> = [
  [
    'website',
    {
      lead: 'Stockholms studenter behöver tiotusen nya bostäder till 2030.',
      text: '## Vad vi kräver\n\n- Fler **studentbostäder** nära campus\n- Hyror som går att betala med _studiemedel_\n\nLäs hela [remissvaret](https://www.ssco.se/remiss).',
    },
  ],
  ['x', { text: X_THREAD, hashtags: ['bostad'] }],
  [
    'instagram',
    {
      text: 'Tack alla som kom till bostadsmötet!\nVi fick med oss många frågor.\nNu tar vi dem vidare till kommunen. #bostad #studentliv',
      altText: 'Ett fullsatt auditorium med studenter som räcker upp handen.',
    },
  ],
  [
    'facebook',
    {
      text: `${'Bostadsbristen drabbar Stockholms studenter hårt, och nu måste politiken agera. '.repeat(3)}Läs mer på vår hemsida.`,
    },
  ],
  [
    'linkedin',
    {
      text: 'Vi söker en bostadspolitisk handläggare som vill driva studenternas frågor i Stockholm. Är det du? Ansök senast 15 december.',
    },
  ],
];

test('Förhandsvisning: "Kopiera del 2/3" by keyboard, each network looked at, no serious axe findings', async ({
  page,
  context,
}) => {
  // A ceiling, not a speed limit: five axe scans on a busy two-core machine take their time.
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1680, height: 1000 });
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await applyInMain(page, {
    type: 'item.create',
    id: 'all',
    title: 'Studentbostäder nu',
    date: '2026-12-02',
    time: '09:00',
    channels: ['website', 'x', 'instagram', 'facebook', 'linkedin'],
  });
  for (const [channel, patch] of TEXTS) {
    await applyInMain(page, { type: 'variant.update', id: 'all', channel, patch });
  }
  await reloadApp(page);
  const card = page.locator('[data-status="idea"]').getByRole('button', { name: 'Studentbostäder nu' });
  await card.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });

  for (const [channel, label] of [
    ['website', 'Hemsida'],
    ['x', 'X (Twitter)'],
    ['instagram', 'Instagram'],
    ['facebook', 'Facebook'],
    ['linkedin', 'LinkedIn'],
  ] as const) {
    const tab = editor.getByRole('tab', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) });
    await tab.focus();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const preview = editor.getByRole('region', { name: `Förhandsvisning, ${label}` });
    await expect(preview).toBeVisible();
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, `editor-preview-${channel}`);
    // The editor alone, as before: each network's preview is what changes between the scans.
    expect(await seriousViolations(page, ['.editor-panel'])).toEqual([]);
  }

  await editor.getByRole('tab', { name: /^X \(Twitter\)/ }).focus();
  const preview = editor.getByRole('region', { name: 'Förhandsvisning, X (Twitter)' });
  await expect(preview.getByRole('list', { name: 'Tråd med 3 delar' }).getByRole('listitem')).toHaveCount(3);
  await expect(editor.getByRole('button', { name: 'Kopiera alla 3 delar' })).toBeVisible();
  await preview.getByRole('button', { name: 'Kopiera del 2/3' }).focus();
  await page.keyboard.press('Enter');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toMatch(/ 2\/3$/);
  const copied = await clipboard();
  await expect(preview.getByRole('listitem').nth(1)).toContainText(copied.slice(0, 60));

  // The narrower editor puts the preview below the text.
  await page.setViewportSize({ width: 1280, height: 800 });
  await preview.getByRole('listitem').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-preview-x-narrow');
});
