// A card's title wraps between words (issue 17 finding 15): beside the warning mark, titles broke
// inside a word ("studentbostäd|er") although the word fitted on the card's line. The mark now
// follows the title's last word, so the title has the card's whole width.
import type { Locator } from '@playwright/test';
import { test, expect } from './harness';
import { screenshot } from './screenshots';

const TITLES = ['Nyhet: SSCO kräver fler studentbostäder i Stockholm', 'Rekryteringskampanj för valberedningsledamöter'];

/** The words of an element's text that a line break cuts in two although they fit on a line. */
function wordsBrokenInside(title: Locator): Promise<string[]> {
  return title.evaluate((element) => {
    const text = element.firstChild as Text;
    const topOf = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return Math.round(range.getBoundingClientRect().top);
    };
    const widthOf = (word: string) => {
      const probe = element.cloneNode() as HTMLElement;
      Object.assign(probe.style, { position: 'absolute', whiteSpace: 'nowrap', width: 'auto' });
      probe.textContent = word;
      element.parentElement!.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    };
    // The room a title has: the card's whole row (not the title's own width, which a mark beside
    // it squeezed).
    const line = element.parentElement!.clientWidth;
    const broken: string[] = [];
    for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
      const tops = new Set(Array.from(match[0], (_, i) => topOf(match.index + i)));
      if (tops.size > 1 && widthOf(match[0]) <= line) broken.push(match[0]);
    }
    return broken;
  });
}

for (const width of [1024, 1280, 1440]) {
  test(`at ${width} px wide, card titles beside a warning mark wrap between words`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
    for (const title of TITLES) {
      await quickAdd.fill(title);
      await quickAdd.press('Enter');
    }
    for (const title of TITLES) {
      const card = page.locator('.item-card', { hasText: title });
      // A new post has no audience yet: the card carries a warning mark.
      await expect(card.locator('.check-mark')).toBeVisible();
      expect(await wordsBrokenInside(card.locator('.item-card-title'))).toEqual([]);
    }
    if (width === 1024) await screenshot(page, 'kanban-card-titles-1024');
  });
}
