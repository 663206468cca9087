// Images on a post, in the real renderer through the harness (issue 18 item 1): chosen in the
// file chooser and dropped on the editor, a HEIC and an SVG refused in words, alt text typed,
// the order changed by keyboard and undone, a removed image brought back by Ctrl+Z.
import type { Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { liftByKeyboard } from './keyboard-drag';
import { screenshot } from './screenshots';
import { applyInMain, planInMain } from './example';
import { heicHeader, jpeg, picture, png, SVG } from '../support/images';
import sharp from 'sharp';

test.use({ now: '2026-12-02T10:00' });

const mediaOf = async (page: Page) => (await planInMain(page)).items.find((item) => item.id === 'bilder')?.media ?? [];

async function openPost(page: Page) {
  await applyInMain(page, {
    type: 'item.create',
    id: 'bilder',
    title: 'Kårledarträffen',
    date: '2026-12-08',
    time: '09:30',
    channels: ['instagram', 'x', 'facebook'],
  });
  const text = 'Tack för en fin kårledarträff! Här är några bilder från dagen. #kårliv';
  for (const channel of ['instagram', 'x', 'facebook'] as const) {
    await applyInMain(page, { type: 'variant.update', id: 'bilder', channel, patch: { text } });
  }
  await reloadApp(page);
  await page.getByRole('button', { name: 'Kårledarträffen' }).first().click();
  return page.getByRole('complementary', { name: 'Inlägg' });
}

test('images are attached, refused in words, described, reordered by keyboard and undone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const editor = await openPost(page);
  const section = editor.getByRole('region', { name: 'Bilder' });
  await expect(section.getByText('Inga bilder ännu.')).toBeVisible();

  await editor.getByTestId('media-file-input').setInputFiles([
    { name: 'gruppbild.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await jpeg(1080, 1350)) },
    { name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(heicHeader()) },
    { name: 'affisch.png', mimeType: 'image/png', buffer: Buffer.from(await png(1080, 1080)) },
  ]);
  const images = section.locator('ol.media-list > li');
  await expect(images).toHaveCount(2);
  await expect(editor.getByRole('alert')).toContainText('IMG_0042.jpg är en HEIC-bild från en mobil, som inte kan visas här. Spara bilden som JPEG');
  // Each thumbnail comes from media/ on the loopback address, decoded by the browser.
  await expect
    .poll(() => images.first().locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await images.first().locator('img').getAttribute('src')).toMatch(/^media\/[0-9a-f]{64}\.thumb\.webp$/);

  await images.first().getByRole('textbox', { name: 'Alt-text' }).fill('Ett fyrtiotal kårledare framför Stadshuset.');
  await expect.poll(async () => (await mediaOf(page))[0]?.altText).toBe('Ett fyrtiotal kårledare framför Stadshuset.');

  // X only for the poster: Instagram and Facebook unticked on image 2.
  await images.nth(1).getByRole('checkbox', { name: 'Instagram' }).uncheck();
  await expect.poll(async () => (await mediaOf(page))[1]?.channels).toEqual(['x', 'facebook']);

  // Keyboard reorder, as on the kanban: Space lifts, an arrow moves, Space drops.
  const grip = section.getByRole('button', { name: /^Dra bild 2/ });
  await liftByKeyboard(page, grip);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Bild 2 är nu på plats 1.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(images.first()).toContainText('1080 × 1080 px');
  await expect.poll(async () => (await mediaOf(page)).map((media) => media.width)).toEqual([1080, 1080]);
  await expect.poll(async () => (await mediaOf(page)).map((media) => media.height)).toEqual([1080, 1350]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await mediaOf(page)).map((media) => media.height)).toEqual([1350, 1080]);

  // Removed, then brought back by undo: the file was never deleted.
  await section.getByRole('button', { name: 'Ta bort bild 1' }).click();
  await expect(images).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(images).toHaveCount(2);
  await expect(images.first().getByRole('textbox', { name: 'Alt-text' })).toHaveValue('Ett fyrtiotal kårledare framför Stadshuset.');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-images');
});

test('files dropped on the editor are attached; an SVG among them is refused', async ({ page }) => {
  const editor = await openPost(page);
  const photo = Buffer.from(await jpeg(1200, 628)).toString('base64');
  const svg = Buffer.from(SVG).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ([photo, svg]) => {
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes(photo)], 'landskap.jpg', { type: 'image/jpeg' }));
      transfer.items.add(new File([bytes(svg)], 'logga.svg', { type: 'image/svg+xml' }));
      return transfer;
    },
    [photo, svg] as const,
  );
  await editor.dispatchEvent('dragover', { dataTransfer });
  await editor.dispatchEvent('drop', { dataTransfer });
  await expect(editor.getByRole('region', { name: 'Bilder' }).locator('ol.media-list > li')).toHaveCount(1);
  await expect(editor.getByRole('alert')).toContainText('logga.svg är en SVG-bild, som kan innehålla skript');
  expect((await mediaOf(page)).map((media) => [media.width, media.height])).toEqual([[1200, 628]]);
});

/** A picture stored lying down with EXIF orientation 6, as a phone held upright saves it. */
async function upright(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(bytes)).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 85 }).toBuffer());
}

test('the networks show the images as they crop them; the card shows them small', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1680, height: 1000 });
  const editor = await openPost(page);
  await editor.getByTestId('media-file-input').setInputFiles([
    // Taken upright (EXIF orientation 6): shown 1080 × 1920, which Instagram frames at 4:5.
    { name: 'hog.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await upright(await picture(1080, 1920, 'Porträtt'))) },
    { name: 'kvadrat.png', mimeType: 'image/png', buffer: Buffer.from(await picture(1080, 1080, 'Affisch', 'png', 40)) },
    { name: 'bred.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await picture(1600, 900, 'Utsikt', 'jpeg', 190)) },
  ]);
  await expect(editor.locator('ol.media-list > li')).toHaveCount(3);
  await expect(editor.locator('ol.media-list > li').first()).toContainText('1080 × 1920 px');
  for (const [index, alt] of ['Porträtt av ordföranden.', 'Affischen för kårledarträffen.', 'Utsikt över Riddarfjärden.'].entries()) {
    await editor.locator('ol.media-list > li').nth(index).getByRole('textbox', { name: 'Alt-text' }).fill(alt);
  }

  await editor.getByRole('tab', { name: /^Instagram/ }).click();
  const instagram = editor.getByRole('region', { name: 'Förhandsvisning, Instagram' });
  const first = instagram.getByRole('img', { name: 'Porträtt av ordföranden.' });
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const box = (await first.boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(0.8, 1);
  await expect(instagram.getByText('Bild 1 av 3 i karusellen')).toBeVisible();
  await expect(instagram.getByRole('button', { name: 'Föregående bild i karusellen' })).toBeDisabled();
  await instagram.scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-preview-instagram-images');
  // Every slide takes the first image's 4:5 frame: the wide view is cropped there as it will be.
  await instagram.getByRole('button', { name: 'Nästa bild i karusellen' }).click();
  await instagram.getByRole('button', { name: 'Nästa bild i karusellen' }).click();
  await expect(instagram.getByText('Bild 3 av 3 i karusellen')).toBeVisible();
  await expect(instagram.getByRole('button', { name: 'Nästa bild i karusellen' })).toBeDisabled();
  const third = instagram.getByRole('img', { name: 'Utsikt över Riddarfjärden.' });
  await expect.poll(() => third.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const thirdBox = (await third.boundingBox())!;
  expect(thirdBox.width / thirdBox.height).toBeCloseTo(0.8, 1);
  await screenshot(page, 'editor-preview-instagram-images-3');
  await instagram.getByRole('button', { name: 'Föregående bild i karusellen' }).click();
  await instagram.getByRole('button', { name: 'Föregående bild i karusellen' }).click();
  await expect(instagram.getByText('Bild 1 av 3 i karusellen')).toBeVisible();

  await editor.getByRole('tab', { name: /^X \(Twitter\)/ }).click();
  const x = editor.getByRole('region', { name: 'Förhandsvisning, X (Twitter)' });
  await expect(x.getByRole('img')).toHaveCount(3);
  const tile = (await x.getByRole('img').first().boundingBox())!;
  expect(tile.width / tile.height).toBeCloseTo(16 / 9, 1);

  await editor.getByRole('button', { name: 'Stäng' }).first().click();
  const card = page.locator('.item-card', { hasText: 'Kårledarträffen' });
  await expect(card.getByRole('img', { name: '3 bilder' })).toBeVisible();
  await screenshot(page, 'kanban-card-images');
});
