// The board's small pictures (issue 18 item 5): each post's first images as data: URIs from
// main, their alt texts, a count for the rest, nothing but a JPEG or WebP data: URI ever written
// into the document, and a size bound that holds however many images the period has.
import { describe, expect, it } from 'vitest';
import { BOARD_HTML_CSP, boardHtml } from '../../src-shared/board/html';
import {
  BOARD_THUMBNAILS_PER_POST,
  boardThumbnailFiles,
  MAX_BOARD_THUMBNAIL_CHARS,
  MAX_BOARD_THUMBNAILS,
} from '../../src-shared/board/thumbnails';
import { applyCommand } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { MediaRef, Plan } from '../../src-shared/plan/model';

const NOW = '2026-11-25T06:30:00.000Z';
const PERIOD = { from: '2026-11-23', to: '2026-12-20' };

const fileOf = (n: number) => `${n.toString(16).padStart(64, '0')}.jpg`;
const ref = (n: number, altText = `Bild ${n}`): MediaRef => ({
  id: `m${n}`,
  file: fileOf(n),
  type: 'image/jpeg',
  bytes: 1000,
  width: 1080,
  height: 1350,
  altText,
  channels: null,
});

/** `posts` posts in the period, each with `images` images (numbered across the plan). */
function planWithImages(posts: number, images: number): Plan {
  let plan = emptyPlan();
  let n = 0;
  for (let index = 0; index < posts; index += 1) {
    const id = `p${index}`;
    const date = `2026-11-${String(23 + (index % 7)).padStart(2, '0')}`;
    plan = applyCommand(plan, { type: 'item.create', id, title: `Inlägg ${index}`, date, channels: ['instagram'] }, NOW);
    const media = Array.from({ length: images }, () => ref((n += 1)));
    plan = applyCommand(plan, { type: 'media.add', id, media }, NOW);
  }
  return plan;
}

/** A valid JPEG data: URI of exactly `chars` characters (the content does not matter here). */
const uriOf = (chars: number) => `data:image/jpeg;base64,${'A'.repeat(chars - 'data:image/jpeg;base64,'.length)}`;

const board = (plan: Plan, thumbnails: ReadonlyMap<string, string>) =>
  boardHtml({ plan, period: PERIOD, now: '2026-11-25T07:30', language: 'sv', thumbnails });

describe('the board document with pictures', () => {
  it('shows a post’s first images with their alt texts and sizes, and counts the rest', () => {
    const plan = planWithImages(1, 6);
    const files = boardThumbnailFiles(plan, PERIOD);
    expect(files).toEqual([1, 2, 3, 4].map(fileOf));
    const html = board(plan, new Map(files.map((file) => [file, uriOf(200)])));
    expect(html.match(/<img /g)).toHaveLength(BOARD_THUMBNAILS_PER_POST);
    expect(html).toContain(`<li><img src="${uriOf(200)}" alt="Bild 1" width="128" height="160"></li>`);
    expect(html).toContain('<li class="more">+2 bilder</li>');
  });

  it('writes only JPEG or WebP data: URIs of bounded size, and escapes the alt text', () => {
    const plan = planWithImages(1, 4);
    const withAlt = applyCommand(
      plan,
      {
        type: 'items.put',
        items: [{ ...plan.items[0]!, media: [ref(1, '"><script>alert(1)</script>'), ref(2), ref(3), ref(4)] }],
        removeIds: [],
      },
      NOW,
    );
    const thumbnails = new Map([
      [fileOf(1), uriOf(200)],
      [fileOf(2), 'javascript:alert(1)'],
      [fileOf(3), 'http://example.org/x.jpg'],
      [fileOf(4), uriOf(MAX_BOARD_THUMBNAIL_CHARS + 1)],
    ]);
    const html = board(withAlt, thumbnails);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toMatch(/<script/);
    for (const [, src] of html.matchAll(/<img src="([^"]*)"/g)) expect(src).toMatch(/^data:image\/(jpeg|webp);base64,/);
    // The document's own policy lets in its data: pictures and nothing else.
    expect(html).toContain(`content="${BOARD_HTML_CSP}"`);
    expect(BOARD_HTML_CSP).toContain('img-src data:');
    expect(BOARD_HTML_CSP).toContain("default-src 'none'");
  });

  it('stays of reasonable size with many images: at most MAX_BOARD_THUMBNAILS, each bounded', () => {
    const plan = planWithImages(150, 6); // 900 images in the period
    const files = boardThumbnailFiles(plan, PERIOD);
    expect(files).toHaveLength(MAX_BOARD_THUMBNAILS);
    const without = board(plan, new Map()).length;
    // Every picture at the largest size main may send, even those it was not asked for.
    const all = new Map(Array.from({ length: 900 }, (_, index) => [fileOf(index + 1), uriOf(MAX_BOARD_THUMBNAIL_CHARS)]));
    const html = board(plan, all);
    expect(html.match(/<img /g)).toHaveLength(MAX_BOARD_THUMBNAILS);
    const bound = without + MAX_BOARD_THUMBNAILS * (MAX_BOARD_THUMBNAIL_CHARS + 200) + 150 * 40;
    expect(html.length).toBeLessThan(bound);
    expect(bound).toBeLessThan(5.5 * 1024 * 1024);
  });
});
