// The board's PDF prints under main's CSP, not the one in the document the renderer sends (issue
// 16, item 9): the very data: URL the hidden print window loads, opened in Chromium. A document
// that asks for a looser policy still loads nothing and gets no style but the board's own.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { pdfDocumentUrl } from '../../src-main/pdf-document';
import { BOARD_HTML_CSP, boardHtml } from '../../src-shared/board/html';
import { applyCommand } from '../../src-shared/plan/commands';
import { jpeg } from '../support/images';
import sharp from 'sharp';
import { emptyPlan } from '../../src-shared/plan/empty-plan';

let server: Server;
const requests: string[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'text/css', 'Access-Control-Allow-Origin': '*' });
    response.end('body { color: rgb(1, 2, 3) !important; }');
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
});

test.afterAll(() => new Promise<void>((resolvePromise) => server.close(() => resolvePromise())));

test('a document that loosens its own CSP still loads nothing and takes only the board style', async ({ page }) => {
  const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const board = boardHtml({ plan: emptyPlan(), period: { from: '2026-11-23', to: '2026-11-29' }, now: '2026-11-24T10:00', language: 'sv' });
  const loosened = board
    .replace(`content="${BOARD_HTML_CSP}"`, `content="default-src *; style-src * 'unsafe-inline'; img-src *"`)
    .replace('</head>', `<link rel="stylesheet" href="${remote}/sheet.css"><style>h1 { color: rgb(4, 5, 6); }</style></head>`)
    .replace('</body>', `<img src="${remote}/pixel.png" alt=""></body>`);
  expect(loosened).toContain('default-src *');
  await page.goto(pdfDocumentUrl(loosened));
  await expect(page.locator('h1').first()).toBeVisible();
  const styles = await page.evaluate(() => ({
    body: getComputedStyle(document.body).color,
    h1: getComputedStyle(document.querySelector('h1')!).color,
    maxWidth: getComputedStyle(document.body).maxWidth,
  }));
  // The board's own stylesheet applies (its 52rem page width); the smuggled ones do not.
  expect(styles.maxWidth).toBe('832px');
  expect(styles.body).not.toBe('rgb(1, 2, 3)');
  expect(styles.h1).not.toBe('rgb(4, 5, 6)');
  expect(requests).toEqual([]);
});

test('the board’s pictures, inlined as data: URIs, show under the document’s own CSP and under the PDF’s', async ({ page }) => {
  const small = await sharp(Buffer.from(await jpeg(1080, 1350))).resize(160, 160, { fit: 'inside' }).jpeg({ quality: 70 }).toBuffer();
  const file = `${'a'.repeat(64)}.jpg`;
  const at = '2026-11-24T08:00:00.000Z';
  let plan = applyCommand(emptyPlan(), { type: 'item.create', id: 'p', title: 'Kårledarträffen', date: '2026-11-24', channels: ['instagram'] }, at);
  const media = [{ id: 'm', file, type: 'image/jpeg' as const, bytes: 1000, width: 1080, height: 1350, altText: 'Kårledarna', channels: null }];
  plan = applyCommand(plan, { type: 'media.add', id: 'p', media }, at);
  const thumbnails = new Map([[file, `data:image/jpeg;base64,${small.toString('base64')}`]]);
  const board = boardHtml({ plan, period: { from: '2026-11-23', to: '2026-11-29' }, now: '2026-11-24T10:00', language: 'sv', thumbnails });
  const violations: string[] = [];
  page.on('console', (entry) => {
    if (/Content Security Policy/i.test(entry.text())) violations.push(entry.text());
  });
  const shown = () => page.locator('img[alt="Kårledarna"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
  // As saved: the file's own policy.
  await page.setContent(board);
  await expect.poll(shown).toBe(128);
  // As printed to PDF: main's policy first.
  await page.goto(pdfDocumentUrl(board));
  await expect.poll(shown).toBe(128);
  expect(violations).toEqual([]);
  expect(requests).toEqual([]);
});
