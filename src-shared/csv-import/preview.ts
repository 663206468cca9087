// What an import of a sheet would make, before anything is written (issue 19, item 5): the posts,
// and every row it cannot take with its number and reason. Rows of one post on several channels
// (the same title and date) become one post with a variant per channel, as `schema.csv` writes them.
import type { Message } from '../i18n/messages';
import { labelled } from '../i18n/lists';
import { message } from '../ipc/errors';
import { slugify } from '../channels';
import { TEXT_LIMITS, type ChannelId, type Settings, type StatusId } from '../plan/model';
import { STATUSES } from '../settings/policy';
import { dayCell, listCell, textCell, timeCell } from './cells';
import { findColumns, type Column, type ColumnIndex } from './columns';
import { decodeCsv, type Encoding } from './decode';
import type { ImportedPost } from './import-command';
import { parseCsv, type CsvRow } from './parse';

export type PreviewPost = Omit<ImportedPost, 'id'> & { rows: number[] };
export interface RejectedRow {
  row: number;
  message: Message;
}
export interface CsvPreview {
  posts: PreviewPost[];
  rejected: RejectedRow[];
  encoding: Encoding;
}
export type CsvPreviewResult = ({ ok: true } & CsvPreview) | { ok: false; message: Message };

/** Reads, checks and groups a sheet; a file refused whole says why, and nothing else. */
export function previewCsv(bytes: Uint8Array, settings: Settings): CsvPreviewResult {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return parsed;
  const found = findColumns(parsed.header);
  if (!found.ok) return found;
  const names = lookups(settings);
  const rejected: RejectedRow[] = [];
  const posts: PreviewPost[] = [];
  const byKey = new Map<string, PreviewPost>();
  for (const row of parsed.rows) {
    const read = readRow(row, found.columns, names);
    const problem = 'problem' in read ? read.problem : addRow(read.row, byKey, posts, settings);
    if (problem !== null) rejected.push({ row: row.number, message: labelled(message('csvImport.rows.row', { row: row.number }), problem) });
  }
  return { ok: true, posts, rejected, encoding: decoded.encoding };
}

interface RowFields {
  number: number;
  title: string;
  text: string;
  date: string | null;
  time: string | null;
  channel: ChannelId | null;
  status: StatusId;
  audiences: string[];
  link: string;
}

interface Lookups {
  channels: ReadonlyMap<string, ChannelId>;
  statuses: ReadonlyMap<string, StatusId>;
  audiences: ReadonlyMap<string, string>;
}

/** Names as a sheet may write them, lower case: the id, and the name in Swedish and English. */
function lookups(settings: Settings): Lookups {
  const key = (name: string) => name.trim().toLocaleLowerCase('sv');
  const named = <T extends string>(entries: ReadonlyArray<{ id: T; label: { sv: string; en: string } }>) =>
    new Map(entries.flatMap((entry) => [entry.id, entry.label.sv, entry.label.en].filter((name) => name.trim() !== '').map((name) => [key(name), entry.id] as const)));
  return { channels: named(settings.channels), statuses: named(STATUSES), audiences: named(settings.audiences) };
}

function readRow(row: CsvRow, columns: ColumnIndex, names: Lookups): { row: RowFields } | { problem: Message } {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : row.cells[index];
  };
  const title = textCell(cell('title')).trim();
  const text = textCell(cell('text'));
  const date = dayCell(cell('date'));
  if (!date.ok) return { problem: date.problem };
  const time = timeCell(cell('time'));
  if (!time.ok) return { problem: time.problem };
  if (title === '' && text.trim() === '') return { problem: message('csvImport.rows.empty') };
  if (title.length > TEXT_LIMITS.title) return { problem: message('csvImport.rows.titleTooLong', { max: TEXT_LIMITS.title }) };
  if (text.length > TEXT_LIMITS.text) return { problem: message('csvImport.rows.textTooLong', { max: TEXT_LIMITS.text }) };
  const channelName = textCell(cell('channel')).trim();
  const channel = channelName === '' ? null : names.channels.get(channelName.toLocaleLowerCase('sv'));
  if (channel === undefined) return { problem: message('csvImport.rows.unknownChannel', { value: channelName.slice(0, 60) }) };
  if (channel === null && text.trim() !== '') return { problem: message('csvImport.rows.textWithoutChannel') };
  const statusName = textCell(cell('status')).trim();
  const status = statusName === '' ? 'idea' : names.statuses.get(statusName.toLocaleLowerCase('sv'));
  if (status === undefined) return { problem: message('csvImport.rows.unknownStatus', { value: statusName.slice(0, 60) }) };
  const audiences: string[] = [];
  for (const name of listCell(cell('audiences'))) {
    const id = names.audiences.get(name.toLocaleLowerCase('sv'));
    if (id === undefined) return { problem: message('csvImport.rows.unknownAudience', { value: name.slice(0, 60) }) };
    if (!audiences.includes(id)) audiences.push(id);
  }
  const link = textCell(cell('link')).trim().slice(0, TEXT_LIMITS.link);
  return { row: { number: row.number, title, text, date: date.value, time: time.value, channel, status, audiences, link } };
}

/** Joins the row to the post of its title and date, or starts one; a channel twice in a post is refused. */
function addRow(row: RowFields, byKey: Map<string, PreviewPost>, posts: PreviewPost[], settings: Settings): Message | null {
  const key = row.title === '' ? null : `${row.title}\u0000${row.date ?? ''}`;
  const post = key === null ? undefined : byKey.get(key);
  if (post === undefined) {
    const created: PreviewPost = { title: row.title, date: row.date, time: row.time, status: row.status, audiences: row.audiences, variants: [], rows: [] };
    posts.push(created);
    if (key !== null) byKey.set(key, created);
    return addVariant(created, row, settings);
  }
  return addVariant(post, row, settings);
}

function addVariant(post: PreviewPost, row: RowFields, settings: Settings): Message | null {
  if (row.channel !== null) {
    const twice = post.variants.findIndex((variant) => variant.channel === row.channel);
    if (twice >= 0) return message('csvImport.rows.channelTwice', { row: post.rows[0] ?? row.number });
    // A later row at another time is that channel's own time, as the export wrote it.
    const own = post.variants.length > 0 && row.time !== null && row.time !== post.time;
    const { link, slug } = linkOf(row, post, settings);
    post.variants.push({ channel: row.channel, text: row.text, link, slug, date: own ? row.date : null, time: own ? row.time : null });
  }
  post.rows.push(row.number);
  for (const audience of row.audiences) if (!post.audiences.includes(audience)) post.audiences.push(audience);
  return null;
}

/**
 * The link to keep: none where the sheet names the hub link the post has anyway (the export
 * writes it in every row), so the post keeps following its website page; on the website, the
 * page's own slug when it is not the one the title gives.
 */
function linkOf(row: RowFields, post: PreviewPost, settings: Settings): { link: string; slug: string } {
  if (row.link === '') return { link: '', slug: '' };
  const base = settings.websiteBaseUrl.trim().replace(/\/+$/, '');
  const page = base !== '' && row.link.startsWith(`${base}/`) ? row.link.slice(base.length + 1) : null;
  if (row.channel === 'website') return { link: '', slug: page === null || page === slugify(post.title) ? '' : page };
  const websiteSlug = post.variants.find((variant) => variant.channel === 'website')?.slug || slugify(post.title);
  return { link: page === websiteSlug ? '' : row.link, slug: '' };
}
