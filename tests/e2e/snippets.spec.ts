// Text snippets in the real renderer (issue 19, item 4): made under Inställningar → Textbitar,
// inserted with "/" at a line's start and with "Infoga textbit"; Instagram's hashtag limit and the
// counter count what was inserted.
import { test, expect, reloadApp } from './harness';
import { applyInMain } from './example';
import { screenshot } from './screenshots';

test.use({ now: '2026-12-02T10:00' });

test('a hashtag group typed in with "/" counts towards Instagram\'s limit; a signature goes in at the cursor', async ({ page }) => {
  await applyInMain(page, { type: 'item.create', id: 'p', title: 'Kårval', channels: ['instagram', 'x'] });
  await reloadApp(page);
  await page.keyboard.press('Control+,');
  await page.getByRole('button', { name: 'Textbitar' }).click();
  const form = page.getByRole('form', { name: 'Lägg till textbit' });
  await form.getByRole('textbox', { name: 'Namn' }).fill('Hashtaggar');
  await form.getByRole('textbox', { name: 'Text' }).fill('#ssco #studentliv #stockholm #kårval #rösta #campus');
  await form.getByRole('button', { name: 'Lägg till textbit' }).click();
  await form.getByRole('textbox', { name: 'Namn' }).fill('Signatur Instagram');
  await form.getByRole('textbox', { name: 'Text' }).fill('/SSCO');
  await form.getByRole('button', { name: 'Lägg till textbit' }).click();
  const forInstagram = page.getByRole('checkbox', { name: 'Instagram för Signatur Instagram' });
  await forInstagram.focus();
  await forInstagram.press('Space');
  await expect(forInstagram).toBeChecked();
  await screenshot(page, 'snippets-settings');

  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: /^Kårval/ }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('tab', { name: 'Instagram' }).click();
  const text = editor.getByRole('textbox', { name: 'Text', exact: true });
  await text.click();
  await page.keyboard.type('Rösta i kårvalet!');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  const menu = page.getByRole('menu', { name: 'Infoga textbit' });
  await expect(menu.getByRole('menuitem')).toHaveText([/Hashtaggar/, /Signatur Instagram/]);
  await screenshot(page, 'snippets-slash-menu');
  await page.keyboard.press('Enter');
  await expect(text).toHaveValue('Rösta i kårvalet!\n#ssco #studentliv #stockholm #kårval #rösta #campus');
  await expect(text).toBeFocused();
  await expect(editor.getByText('Instagram tillåter högst 5 hashtaggar, men inlägget har 6.')).toBeVisible();

  await text.press('Control+Home');
  await editor.getByRole('button', { name: 'Infoga textbit' }).click();
  await page.getByRole('menuitem', { name: /Signatur Instagram/ }).click();
  await expect(text).toHaveValue('/SSCO Rösta i kårvalet!\n#ssco #studentliv #stockholm #kårval #rösta #campus');

  // X has no snippet of its own: only the one for every channel is offered.
  await editor.getByRole('tab', { name: 'X (Twitter)' }).click();
  await editor.getByRole('button', { name: 'Infoga textbit' }).click();
  await expect(page.getByRole('menu', { name: 'Infoga textbit' }).getByRole('menuitem')).toHaveText([/Hashtaggar/]);
});
