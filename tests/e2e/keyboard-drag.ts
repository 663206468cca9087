// dnd-kit's keyboard drag as a keyboard user starts it: focus, Space, and the item shows lifted.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Lifts a draggable with Space and waits until dnd-kit listens for the arrow keys. Its keyboard
 * sensor adds that listener in a timer set during the lift, so an arrow pressed as soon as the item
 * shows lifted (aria-pressed) can come first and go nowhere: images.spec lost its ArrowUp so, once
 * in 250 runs. A person cannot press that fast; a test can.
 */
export async function liftByKeyboard(page: Page, handle: Locator): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  // The sensor's timer was set with no delay before the lift showed; this one, set after and a
  // frame long, runs after it (the page's clock, real or Playwright's, runs timers in due order).
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 16)));
}
