// The board's meeting papers as one self-contained HTML file (issue #8): inline CSS, no script,
// no external resource, every text escaped. The same string is saved as .html, printed to PDF in
// Electron and printed by the browser in the harness, so it is tested here without a browser.
import { boardPosts, boardTotals, boardWeeks, postExcerpt, type BoardPost, type BoardWeek } from './posts';
import { BOARD_HTML_STYLE } from './html-style';
import { audienceCoverage, suggestedChannelsOf, type Coverage, type SuggestedChannels } from './coverage';
import { translate, type Vars } from '../i18n/messages';
import type { Language, MediaRef, Plan, Settings } from '../plan/model';
import { formatDay } from '../calendar/dates';
import { type Period } from './period';
import { channelSettings, PRINCIPLES, STATUSES } from '../settings/policy';
import { policyReviewStatus } from './review';
import { audienceName, channelName, periodText } from './labels';
import { escapeHtml } from '../channels/html';
import {
  BOARD_THUMBNAIL_SIZE,
  isBoardThumbnail,
  MAX_BOARD_THUMBNAILS,
  shownImages,
  type BoardThumbnails,
} from './thumbnails';

export { escapeHtml };

export interface BoardDocumentInput {
  plan: Plan;
  period: Period;
  /** Local wall-clock time the document is made, `yyyy-MM-ddTHH:mm`. */
  now: string;
  language: Language;
  suggested?: SuggestedChannels;
  /** The posts' first images as data: URIs (main makes them); none without. */
  thumbnails?: BoardThumbnails;
}

export function boardHtml({
  plan,
  period,
  now,
  language,
  suggested = suggestedChannelsOf(plan.settings),
  thumbnails = new Map(),
}: BoardDocumentInput): string {
  const t = (key: string, vars?: Vars) => escapeHtml(translate(language, key, vars));
  const pictures = thumbnailsOf(thumbnails, t);
  const posts = boardPosts(plan.items, period, plan.settings);
  const title = translate(language, 'board.documentTitle', {
    organisation: plan.settings.organisationName,
    period: periodText(period, language),
  });
  const body = [
    head(plan.settings, period, now, language, t),
    totalsSection(posts, plan.settings, language, t),
    coverageSection(audienceCoverage(posts, plan.settings, suggested), plan.settings, language, t),
    ...boardWeeks(posts, period).map((week) => weekSection(week, plan.settings, language, t, pictures)),
    appendix(plan.settings, language, t),
  ].join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${BOARD_HTML_CSP}">
<title>${escapeHtml(title)}</title>
<style>${BOARD_HTML_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

type T = (key: string, vars?: Vars) => string;

/** Nothing loads; the one inline style applies, and pictures only from data: URIs in the file itself. */
export const BOARD_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A post's pictures as HTML: its first images whose data: URI main made, at most
 * MAX_BOARD_THUMBNAILS in the document (counted as they are written), and the rest as a count.
 */
function thumbnailsOf(thumbnails: BoardThumbnails, t: T): (media: readonly MediaRef[]) => string {
  let shown = 0;
  return (media) => {
    const images = media.filter((ref) => ref.type.startsWith('image/'));
    const pictures = shownImages(images).flatMap((ref) => {
      const uri = thumbnails.get(ref.file);
      if (uri === undefined || !isBoardThumbnail(uri) || shown >= MAX_BOARD_THUMBNAILS) return [];
      shown += 1;
      const scale = Math.min(1, BOARD_THUMBNAIL_SIZE / Math.max(ref.width ?? 1, ref.height ?? 1));
      const size = ref.width && ref.height ? ` width="${Math.round(ref.width * scale)}" height="${Math.round(ref.height * scale)}"` : '';
      return [`<li><img src="${uri}" alt="${escapeHtml(ref.altText)}"${size}></li>`];
    });
    if (pictures.length === 0) return '';
    const more = images.length - pictures.length;
    return `<ul class="thumbs">${pictures.join('')}${more > 0 ? `<li class="more">${t('boardMedia.more', { count: more })}</li>` : ''}</ul>`;
  };
}

function head(settings: Settings, period: Period, now: string, language: Language, t: T): string {
  const review = policyReviewStatus(settings, now.slice(0, 10));
  const reviewText = review.lastReview
    ? t('review.last', { date: formatDay(review.lastReview, language, 'd MMMM yyyy') })
    : t('review.never');
  const made = `${formatDay(now.slice(0, 10), language, 'd MMMM yyyy')} ${now.slice(11, 16)}`;
  return `<header>
<p class="org">${escapeHtml(settings.organisationName)}</p>
<h1>${t('board.heading')}</h1>
<p class="period">${escapeHtml(periodText(period, language))}</p>
<p class="made">${t('board.madeOn', { date: made })}</p>
<p class="review${review.due ? ' due' : ''}">${reviewText}</p>
</header>`;
}

function totalsSection(posts: readonly BoardPost[], settings: Settings, language: Language, t: T): string {
  const totals = boardTotals(posts, settings);
  const row = (label: string, count: number) => `<li><span>${escapeHtml(label)}</span><span>${count}</span></li>`;
  const statuses = STATUSES.map((status) => row(status.label[language], totals.byStatus[status.id])).join('');
  const channels = totals.byChannel.map(({ channel, count }) => row(channelName(settings, channel, language), count)).join('');
  return `<section>
<h2>${t('board.totals')}: ${t('board.postCount', { count: totals.posts })}</h2>
<div class="totals">
<div><h3>${t('board.byStatus')}</h3><ul>${statuses}</ul></div>
<div><h3>${t('board.byChannel')}</h3><ul>${channels}</ul></div>
</div>
</section>`;
}

function coverageSection(coverage: Coverage, settings: Settings, language: Language, t: T): string {
  const columns = coverage.channels
    .map((id) => `<th scope="col">${escapeHtml(channelName(settings, id, language))}</th>`)
    .join('');
  const rows = coverage.rows.map((row) => {
    const flag = row.flag
      ? ` <span class="flag">${t(row.flag === 'unreached' ? 'coverage.unreached' : 'coverage.offPolicy')}</span>`
      : '';
    const cells = coverage.channels
      .map((id) => {
        const count = row.counts.get(id) ?? 0;
        const classes = [row.suggested.includes(id) ? 'suggested' : '', count === 0 ? 'zero' : ''].filter(Boolean).join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${count}</td>`;
      })
      .join('');
    const name = escapeHtml(audienceName(settings, row.audience.id, language));
    return `<tr${row.flag ? ' class="flagged"' : ''}><th scope="row">${name}${flag}</th>${cells}<td>${row.total}</td></tr>`;
  });
  const flagged = coverage.rows.filter((row) => row.flag);
  const list = flagged.length
    ? `<ul class="flags">${flagged
        .map(
          (row) =>
            `<li>${escapeHtml(audienceName(settings, row.audience.id, language))}: ${t(row.flag === 'unreached' ? 'coverage.unreached' : 'coverage.offPolicy')}</li>`,
        )
        .join('')}</ul>`
    : `<p>${t('coverage.allReached')}</p>`;
  return `<section>
<h2>${t('coverage.title')}</h2>
${list}
<div class="table-wrap"><table>
<caption>${t('coverage.caption')}</caption>
<thead><tr><th scope="col">${t('coverage.audience')}</th>${columns}<th scope="col">${t('coverage.total')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table></div>
<p class="legend"><span class="swatch"></span> ${t('coverage.legend')}</p>
</section>`;
}

type Pictures = (media: readonly MediaRef[]) => string;

function weekSection(week: BoardWeek, settings: Settings, language: Language, t: T, pictures: Pictures): string {
  const range = `${formatDay(week.monday, language, 'd MMM')} – ${formatDay(week.sunday, language, 'd MMM yyyy')}`;
  const posts = week.posts.length
    ? week.posts.map((post) => postArticle(post, settings, language, t, pictures)).join('\n')
    : `<p class="week-empty">${t('board.noPosts')}</p>`;
  return `<section>
<h2>${t('board.weekShort', { week: week.week })} · ${escapeHtml(range)}</h2>
${posts}
</section>`;
}

function postArticle(post: BoardPost, settings: Settings, language: Language, t: T, pictures: Pictures): string {
  const when = `${formatDay(post.date, language, 'EEE d MMM')} ${post.time ?? ''}`.trim();
  const status = STATUSES.find((s) => s.id === post.item.status);
  const channels =
    post.variants.map((v) => channelName(settings, v.channel, language)).join(', ') || translate(language, 'board.noChannel');
  const audiences =
    post.item.audiences.map((id) => audienceName(settings, id, language)).join(', ') || translate(language, 'board.noAudience');
  const excerpt = postExcerpt(post);
  return `<article class="post">
<div class="post-head"><span class="when">${escapeHtml(when)}</span><h3>${escapeHtml(post.item.title || translate(language, 'board.untitled'))}</h3><span class="status status-${post.item.status}">${escapeHtml(status?.label[language] ?? post.item.status)}</span></div>
<p class="meta">${t('board.channels')}: ${escapeHtml(channels)} · ${t('board.audiences')}: ${escapeHtml(audiences)}</p>
${excerpt ? `<p class="excerpt">${escapeHtml(excerpt)}</p>` : ''}
${pictures(post.item.media ?? [])}
</article>`;
}

/** A term and its meaning in one block, so a printed page never ends on a term alone. */
function term(name: string, meaning: string): string {
  return `<div class="term"><dt>${escapeHtml(name)}</dt><dd>${escapeHtml(meaning)}</dd></div>`;
}

function appendix(settings: Settings, language: Language, t: T): string {
  const principles = PRINCIPLES.map(
    (p) => term(p.label[language], p.summary[language]),
  ).join('');
  const channels = settings.channels
    .filter((channel) => channel.enabled)
    .map((channel) => {
      const { label, purpose } = channelSettings(settings, channel.id);
      return term(label[language] || label.sv, purpose[language] || purpose.sv);
    })
    .join('');
  return `<section class="appendix">
<h2>${t('board.appendix')}</h2>
<h3>${t('board.principles')}</h3><dl>${principles}</dl>
<h3>${t('board.channelPurposes')}</h3><dl>${channels}</dl>
</section>`;
}
