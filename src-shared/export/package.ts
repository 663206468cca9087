// The channel-ready export package (DESIGN §4) as data: a folder name and a sorted list of
// files. Pure and deterministic: the same plan and options give the same bytes on any machine.
import { websiteHtml } from '../channels';
import { translate } from '../i18n/messages';
import { DomainError, message } from '../ipc/errors';
import type { Plan, Settings } from '../plan/model';
import { STATUSES } from '../settings/policy';
import { csvBytes } from './csv';
import { packageEntries, type PackageEntry } from './entries';
import { icsCalendar } from './ics';
import { channelLabel, isInsidePackage, MAX_PACKAGE_PATH, packageFolderName } from './names';
import type { ExportFile, ExportOptions, ExportPackage } from './options';
import { readmeBytes } from './readme';
import { leftOutPosts } from './select';
import { Utf8Arena } from './utf8';

export const README_FILE = 'LÄS-MIG.txt';
export const CSV_FILE = 'schema.csv';
export const ICS_FILE = 'publicering.ics';
/** Opened from disk, a file without a BOM or a charset may be read as Latin-1: "Ã¥" for "å". */
const BOM = '\uFEFF';

export function buildExportPackage(plan: Plan, options: ExportOptions): ExportPackage {
  const { settings } = plan;
  const folderName = packageFolderName(options.from, options.to);
  const entries = packageEntries(plan, options);
  const utf8 = new Utf8Arena();
  const files: ExportFile[] = [
    ...entries.flatMap((entry) => postFiles(entry, utf8)),
    { path: README_FILE, bytes: readmeBytes(entries, leftOutPosts(plan, options), settings, options) },
    { path: CSV_FILE, bytes: scheduleCsv(entries, settings, options) },
    { path: ICS_FILE, bytes: icsCalendar(entries, settings, options.language, folderName) },
  ];
  for (const file of files) assertInside(folderName, file.path);
  const media = entries.flatMap((entry) => entry.images.map(({ path, file }) => ({ path, file })));
  for (const image of media) assertInside(folderName, image.path);
  const sorted = files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return media.length === 0 ? { folderName, files: sorted } : { folderName, files: sorted, media };
}

/** The post's text file, and for the website its HTML beside it; nothing for an empty text. */
function postFiles({ post, path, htmlPath, text }: PackageEntry, utf8: Utf8Arena): ExportFile[] {
  if (path === null) return [];
  const html = htmlPath === null ? [] : [{ path: htmlPath, bytes: utf8.bytesOf(BOM + websiteHtml(post.item, post.variant)) }];
  return [{ path, bytes: utf8.bytesOf(text) }, ...html];
}

function scheduleCsv(entries: readonly PackageEntry[], settings: Settings, options: ExportOptions): Uint8Array {
  const { language } = options;
  const t = (key: string) => translate(language, `exportPackage.csv.${key}`);
  const header = ['date', 'time', 'channel', 'title', 'status', 'audiences', 'file', 'link'].map(t);
  const audience = (id: string) => settings.audiences.find((candidate) => candidate.id === id)?.label[language] ?? id;
  const status = (id: string) => STATUSES.find((candidate) => candidate.id === id)?.label[language] ?? id;
  return csvBytes(header, entries, ({ post, path, link }) => [
    post.date,
    post.time ?? '',
    channelLabel(settings, post.channel, language),
    post.item.title,
    status(post.item.status),
    post.item.audiences.map(audience).join(', '),
    path ?? '',
    link,
  ]);
}

/** A last line of defence: names are made safe above, and a bug there must not write outside the folder. */
function assertInside(folderName: string, path: string): void {
  if (!isInsidePackage(path) || folderName.length + 1 + path.length > MAX_PACKAGE_PATH) {
    throw new DomainError('export-failed', message('exportPackage.errors.unsafePath', { path: path.slice(0, 300) }));
  }
}
