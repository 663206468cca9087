// The board's PDF prints under main's CSP, not the one in the document the renderer sends (issue
// 16, item 9): the very data: URL the hidden print window loads, opened in Chromium. A document
// that asks for a looser policy still loads nothing and gets no style but the board's own.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { pdfDocumentUrl } from '../../src-main/pdf-document';
import { boardHtml } from '../../src-shared/board/html';
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
    .replace(/content="default-src 'none'; style-src 'unsafe-inline'"/, `content="default-src *; style-src * 'unsafe-inline'; img-src *"`)
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
