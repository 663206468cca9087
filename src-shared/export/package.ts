// The channel-ready export package (DESIGN §4) as data: a folder name and a sorted list of
// files. Pure and deterministic: the same plan and options give the same bytes on any machine.
// fflate's encoder: src-shared has neither the DOM's nor Node's TextEncoder in its types.
import { strToU8 as utf8 } from 'fflate';
import { channelReadyText, effectiveLink, hubUrl } from '../channels';
import { translate } from '../i18n/messages';
import { DomainError, message } from '../ipc/errors';
import type { Plan, Settings } from '../plan/model';
import { STATUSES } from '../settings/policy';
import { csvText } from './csv';
import { icsCalendar } from './ics';
import {
  channelFolder,
  channelLabel,
  distinctPaths,
  isInsidePackage,
  MAX_PACKAGE_PATH,
  packageFolderName,
  postFileName,
} from './names';
import type { ExportFile, ExportOptions, ExportPackage } from './options';
import { readmeText, type ReadmeEntry } from './readme';
import { exportPosts, type ExportPost } from './select';

export const README_FILE = 'LÄS-MIG.txt';
export const CSV_FILE = 'schema.csv';
export const ICS_FILE = 'publicering.ics';

export function buildExportPackage(plan: Plan, options: ExportOptions): ExportPackage {
  const { settings } = plan;
  const folderName = packageFolderName(options.from, options.to);
  const entries = packageEntries(plan, options);
  const files: ExportFile[] = [
    ...entries.map(({ post, path }) => ({ path, bytes: utf8(channelReadyText(post.item, post.variant, settings)) })),
    { path: README_FILE, bytes: utf8(readmeText(entries, settings, options)) },
    { path: CSV_FILE, bytes: utf8(csvText(csvRows(entries, settings, options))) },
    { path: ICS_FILE, bytes: utf8(icsCalendar(entries, settings, options.language, folderName)) },
  ];
  for (const file of files) assertInside(folderName, file.path);
  return { folderName, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** Each post with its file in the package and the link it points at, in publishing order. */
export function packageEntries(plan: Plan, options: ExportOptions): ReadmeEntry[] {
  const posts = exportPosts(plan, options);
  const paths = distinctPaths(posts.map((post) => `${channelFolder(plan.settings, post.channel)}/${postFileName(post)}`));
  return posts.map((post, index) => ({ post, path: paths[index] as string, link: linkOf(post, plan.settings) }));
}

/** Where the post points: the website's own address for the website, else the link it carries. */
function linkOf(post: ExportPost, settings: Settings): string {
  if (post.channel === 'website') return hubUrl(post.item, settings) ?? '';
  return effectiveLink(post.item, post.variant, settings);
}

function csvRows(entries: readonly ReadmeEntry[], settings: Settings, options: ExportOptions): string[][] {
  const { language } = options;
  const t = (key: string) => translate(language, `exportPackage.csv.${key}`);
  const header = ['date', 'time', 'channel', 'title', 'status', 'audiences', 'file', 'link'].map(t);
  const audience = (id: string) => settings.audiences.find((candidate) => candidate.id === id)?.label[language] ?? id;
  const status = (id: string) => STATUSES.find((candidate) => candidate.id === id)?.label[language] ?? id;
  const rows = entries.map(({ post, path, link }) => [
    post.date,
    post.time ?? '',
    channelLabel(settings, post.channel, language),
    post.item.title,
    status(post.item.status),
    post.item.audiences.map(audience).join(', '),
    path,
    link,
  ]);
  return [header, ...rows];
}

/** A last line of defence: names are made safe above, and a bug there must not write outside the folder. */
function assertInside(folderName: string, path: string): void {
  if (!isInsidePackage(path) || folderName.length + 1 + path.length > MAX_PACKAGE_PATH) {
    throw new DomainError('export-failed', message('exportPackage.errors.unsafePath', { path: path.slice(0, 300) }));
  }
}
