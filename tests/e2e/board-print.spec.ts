// The board's printed papers never end a page on a term whose meaning is on the next (issue 17
// finding 20: one post over four weeks on US Letter left "Rekrytering: …" alone on a last page,
// under "LinkedIn" at the foot of the page before). Printed by Chromium, read back by pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { boardHtml } from '../../src-shared/board/html';
import { examplePlanItems } from '../../src-shared/example-plan';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { defaultSettings } from '../../src-shared/settings/policy';

const ITEMS = examplePlanItems('2026-11-24', '2026-11-24T08:00:00.000Z');
const PERIODS = [
  { from: '2026-11-23', to: '2026-11-29' },
  { from: '2026-11-23', to: '2026-12-20' },
];

test('every appendix term is printed on the same page as its meaning', async ({ page }) => {
  test.slow();
  const dir = mkdtempSync(join(tmpdir(), 'kanalplan-print-'));
  const settings = defaultSettings();
  const terms = settings.channels.map((channel) => ({ name: channel.label.sv, meaning: channel.purpose.sv.split(/\s+/).slice(0, 3).join(' ') }));
  for (const count of [1, 2, 3]) {
    for (const period of PERIODS) {
      for (const format of ['A4', 'Letter'] as const) {
        const plan = { ...emptyPlan(settings), items: ITEMS.slice(0, count) };
        await page.setContent(boardHtml({ plan, period, now: '2026-11-24T10:00', language: 'sv' }));
        await page.emulateMedia({ media: 'print' });
        const pdf = join(dir, 'papers.pdf');
        writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
        const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
        const where = `${count} posts, ${period.from}–${period.to}, ${format}`;
        for (const { name, meaning } of terms) {
          const withMeaning = pages.findIndex((text) => text.replace(/\s+/g, ' ').includes(meaning));
          expect(withMeaning, `${where}: ${meaning}`).toBeGreaterThanOrEqual(0);
          expect(pages[withMeaning]!.split('\n').map((line) => line.trim()), `${where}: ${name}`).toContain(name);
        }
      }
    }
  }
});
