// Names inside the package: safe on Windows, macOS and Linux, deterministic, and distinct even
// where the file system ignores case. Post names are ASCII slugs (they survive every ZIP tool
// and file share); channel folders come from labels, which a user may one day write freely.
import filenamify from 'filenamify/browser';
import { slugify } from '../channels';
import type { ContentItem, Settings } from '../plan/model';
import { isoWeek, isoWeekYear, weekDays } from '../calendar/dates';
import type { ExportPost } from './select';

/** Windows' old MAX_PATH is 260; a package path stays well under it, leaving room for the chosen folder. */
export const MAX_PACKAGE_PATH = 150;
const MAX_SLUG = 60;
const MAX_SEGMENT = 40;
const MAX_CHANNEL_FOLDER = 24;

/** Folders of the built-in channels, as DESIGN §4 names them; other channels get a slug of their label. */
const BUILT_IN_FOLDERS: Readonly<Record<string, string>> = {
  website: 'hemsida',
  x: 'x',
  instagram: 'instagram',
  facebook: 'facebook',
  linkedin: 'linkedin',
};

// Bidi controls and other invisible format marks can make "gpj.exe" look like "exe.jpg".
const INVISIBLE = /[\p{Cf}\u2028\u2029]/gu;
// Windows refuses these names with any extension (nul.txt) and with trailing spaces.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/**
 * Letters and digits joined by single dashes or underscores, with an extension or none: what
 * filenamify and the trims leave as it is (a post's file name, checked again by isInsidePackage).
 */
const PLAIN = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+)?$/;

/**
 * One path segment that every OS accepts: no reserved or control characters, no invisible marks,
 * no leading or trailing dots and spaces, no reserved device name, at most `max` characters.
 * filenamify does most of it; the marks, leading dots and the length budget are ours.
 */
export function safeSegment(name: string, fallback: string, max = MAX_SEGMENT): string {
  // A post's slug and file name, and most folders: nothing below changes it but a Windows device name.
  if (PLAIN.test(name) && name.length <= max) return WINDOWS_RESERVED.test(name) ? notReserved(name) : name;
  const visible = name.normalize('NFC').replace(INVISIBLE, '');
  let safe = filenamify(visible, { replacement: '-', maxLength: max })
    .replace(/^[. ]+/, '')
    .replace(/[. ]+$/, '');
  if (safe === '' || /^-+$/.test(safe)) safe = fallback;
  return WINDOWS_RESERVED.test(safe) ? notReserved(safe) : safe;
}

/** "nul.txt" → "nul-.txt": the name before its first dot is no longer a device's. */
function notReserved(name: string): string {
  return name.replace(/^([^.]*)/, '$1-');
}

/** "Kanalplan-2026-v53" for one whole ISO week (named by its ISO week-year), else the dates. */
export function packageFolderName(from: string, to: string): string {
  const week = weekDays(from);
  if (from === week[0] && to === week[6]) {
    return `Kanalplan-${isoWeekYear(from)}-v${String(isoWeek(from)).padStart(2, '0')}`;
  }
  return from === to ? `Kanalplan-${from}` : `Kanalplan-${from}--${to}`;
}

export function channelFolder(settings: Settings, channel: string): string {
  return channelFolders(settings).get(channel) ?? customFolder(channel);
}

/**
 * Every channel's folder, distinct where case does not count: the built-ins keep DESIGN §4's
 * names, and a custom channel whose label slugs to a taken name ("Hemsida", "X") gets "-2".
 */
export function channelFolders(settings: Settings): Map<string, string> {
  const folders = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (channel: string, folder: string) => {
    let candidate = folder;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${folder.slice(0, MAX_CHANNEL_FOLDER - 3)}-${n}`;
    taken.add(candidate.toLowerCase());
    folders.set(channel, candidate);
  };
  for (const [channel, folder] of Object.entries(BUILT_IN_FOLDERS)) claim(channel, folder);
  for (const { id, label } of settings.channels) if (!folders.has(id)) claim(id, customFolder(label.sv || id));
  return folders;
}

function customFolder(label: string): string {
  // Shorter than other segments: the longest range name, this and a post name must fit MAX_PACKAGE_PATH.
  return safeSegment(slugify(label), 'kanal', MAX_CHANNEL_FOLDER);
}

/** "2026-11-23_0900_oppet-hus.md"; the time is left out when the post has none. */
export function postFileName(post: ExportPost, stem = postFileStem(post.item)): string {
  const time = post.time === null ? '' : `_${post.time.replace(':', '')}`;
  const extension = post.channel === 'website' ? 'md' : 'txt';
  return `${post.date}${time}_${stem}.${extension}`;
}

/** "oppet-hus": the part of an item's file names that all its posts share. */
export function postFileStem(item: ContentItem): string {
  const website = item.variants.find((variant) => variant.channel === 'website');
  // The website's own slug, when set, so the files of one item share the name of its page.
  const slug = slugify(website?.slug.trim() || item.title)
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return safeSegment(slug, item.id.toLowerCase().slice(0, MAX_SLUG), MAX_SLUG);
}

/** The label a person reads for a channel, in the package's language. */
export function channelLabel(settings: Settings, channel: string, language: 'sv' | 'en'): string {
  return settings.channels.find((candidate) => candidate.id === channel)?.label[language] ?? channel;
}

/**
 * Makes paths distinct where case does not count (Windows, macOS): the second "a.txt" or "A.txt"
 * becomes "a-2.txt", in the order given, so the result is the same on every run.
 */
export function distinctPaths(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    let candidate = path;
    let folded = foldCase(candidate);
    for (let n = 2; taken.has(folded); n += 1) {
      candidate = withSuffix(path, `-${n}`);
      folded = foldCase(candidate);
    }
    taken.add(folded);
    return candidate;
  });
}

function foldCase(path: string): string {
  // Printable ASCII (every post's name) is already NFC.
  return (PRINTABLE_ASCII.test(path) ? path : path.normalize('NFC')).toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function withSuffix(path: string, suffix: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash ? `${path.slice(0, dot)}${suffix}${path.slice(dot)}` : `${path}${suffix}`;
}

/**
 * Whether a package path stays inside its folder: relative, `/`-separated, no empty, "." or
 * ".." segment, no drive letter or backslash, and every segment safe. The writer checks the
 * resolved path again; this is the check that needs no file system.
 */
export function isInsidePackage(path: string): boolean {
  if (path === '' || path.length > MAX_PACKAGE_PATH || /[\\:]/.test(path) || path.startsWith('/')) return false;
  return path
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && safeSegment(segment, '', 255) === segment);
}
