// LÄS-MIG.txt: the schedule a person follows, in publishing order, with everything needed to
// publish each post by hand and what is still wrong with it, the posts the package leaves out, a
// short checklist and exactly what each file holds. Words come from the shared catalogue.
import { translate, type Vars } from '../i18n/messages';
import type { Finding } from '../checks/checks';
import type { Language, Settings } from '../plan/model';
import { isoWeek, isoWeekYear, isoWeekday, weekDays } from '../calendar/dates';
import { STATUSES } from '../settings/policy';
import type { PackageEntry } from './entries';
import { findingText } from './findings';
import { channelLabel } from './names';
import type { ExportOptions } from './options';
import type { ExportPost } from './select';
import { textsInPosts } from './summary';
import { CrlfLines } from './utf8';
import { onceEach, packageSay, type Say } from './words';

const CRLF = '\r\n';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
type Translate = (key: string, vars?: Vars) => string;

/** About what a post's lines take in LÄS-MIG, so its buffer seldom grows. */
const ENTRY_OCTETS = 512;

/** LÄS-MIG.txt as the file's bytes, written a post at a time. */
export function readmeBytes(
  entries: readonly PackageEntry[],
  leftOut: readonly ExportPost[],
  settings: Settings,
  options: ExportOptions,
): Uint8Array {
  const { language } = options;
  const t: Translate = (key, vars) => translate(language, `exportPackage.readme.${key}`, vars);
  const words = packageWords(settings, language);
  const file = new CrlfLines(4096 + ENTRY_OCTETS * entries.length);
  file.add([
    t('title'),
    '',
    periodLine(options, t),
    ...(settings.organisationName.trim() === '' ? [] : [t('organisation', { name: settings.organisationName.trim() })]),
    t('channels', { list: chosenChannels(entries, settings, options).join(', ') }),
    t('statuses', { list: chosenStatuses(options).join(', ') }),
    entries.length === 0
      ? t('empty')
      : t('count', {
          summary: textsInPosts(
            entries.map((entry) => entry.post),
            language,
          ),
        }),
    '',
  ]);
  if (entries.length > 0) {
    file.add([underline(t('order')), '']);
    entries.forEach((entry, index) => file.add(entryLines(entry, index, words)));
  }
  file.add(leftOutLines(leftOut, words));
  file.add([
    underline(t('checklist')),
    '',
    ...(['open', 'thread', 'media', 'instagram', 'check', 'mark'] as const).map((step) => `[ ] ${t(`steps.${step}`)}`),
    '',
    underline(t('files')),
    '',
    ...(['postFiles', 'xFile', 'htmlFile', 'emptyFile', 'csvFile', 'icsFile'] as const).map((file) => t(file)),
  ]);
  return file.bytes();
}

function periodLine(options: ExportOptions, t: Translate): string {
  const week = weekDays(options.from);
  const whole = options.from === week[0] && options.to === week[6];
  const dates = { from: options.from, to: options.to };
  return whole ? t('week', { ...dates, week: isoWeek(options.from), year: isoWeekYear(options.from) }) : t('period', dates);
}

/** The chosen channels; one turned off in Settings is named only when the package holds its posts. */
function chosenChannels(entries: readonly PackageEntry[], settings: Settings, options: ExportOptions): string[] {
  const used = new Set(entries.map((entry) => entry.post.channel));
  return settings.channels
    .filter((channel) => options.channels.includes(channel.id) && (channel.enabled || used.has(channel.id)))
    .map((channel) => channelName(settings, channel.id, options.language));
}

/** A channel's label, marked when it is turned off: its posts go out all the same. */
function channelName(settings: Settings, channel: string, language: Language): string {
  const label = channelLabel(settings, channel, language);
  const off = settings.channels.some((candidate) => candidate.id === channel && !candidate.enabled);
  return off ? `${label} (${translate(language, 'exportPackage.turnedOff')})` : label;
}

function chosenStatuses(options: ExportOptions): string[] {
  return STATUSES.filter((status) => options.statuses.includes(status.id)).map((status) => status.label[options.language]);
}

function underline(heading: string): string {
  return `${heading}${CRLF}${'='.repeat(heading.length)}`;
}

/** The words every post's lines repeat, each made once per package. */
interface Words {
  language: Language;
  say: Say;
  /** A day's weekday name; a year's posts fall on a few hundred days, each named once. */
  weekday: (day: string) => string;
  /** Each channel's name as a person reads it, marked when it is turned off. */
  channel: (id: string) => string;
  /** A finding's words: an item's finding is listed under each of its posts, and worded once. */
  finding: (finding: Finding) => string;
}

function packageWords(settings: Settings, language: Language): Words {
  const say = packageSay(language);
  const weekdays = WEEKDAYS.map((day) => say(`weekdays.${day}`));
  const weekday = onceEach((day) => weekdays[isoWeekday(day) - 1] ?? '');
  const worded = new Map<Finding, string>();
  const finding = (found: Finding) => {
    let text = worded.get(found);
    if (text === undefined) {
      text = `   - ${translate(language, `checks.severity.${found.severity}`)}: ${indented(findingText(found, language))}`;
      worded.set(found, text);
    }
    return text;
  };
  return { language, say, weekday, channel: onceEach((id) => channelName(settings, id, language)), finding };
}

/** "måndag 2026-11-23 kl. 09:00 · Hemsida". */
function when(post: ExportPost, words: Words): string {
  const weekday = words.weekday(post.date);
  const time = post.time === null ? words.say('allDay') : `${words.say('readme.at')} ${post.time}`;
  return `${weekday} ${post.date} ${time} · ${words.channel(post.channel)}`;
}

/** "1. måndag 2026-11-23 kl. 09:00 · Hemsida", the post's details indented under it, then its open findings. */
function entryLines(entry: PackageEntry, index: number, words: Words): string[] {
  const { post, link } = entry;
  const { language, say } = words;
  const media = post.variant.mediaNote.trim();
  const alt = post.variant.altText.trim();
  const details: Array<[string, string]> = [
    [say('readme.heading'), post.item.title.trim() || say('untitled')],
    [say('readme.file'), fileLine(entry, words)],
    [say('readme.html'), entry.htmlPath ?? ''],
    [say('readme.link'), link],
    [say('readme.media'), media],
    // Media without a description shuts out those who cannot see it: say so rather than leave a gap.
    // With images attached, each has its own alt text under "Bilder"; the note's would only confuse.
    [say('readme.altText'), entry.images.length > 0 ? '' : alt === '' && media !== '' ? say('readme.missing') : alt],
  ];
  const findings = entry.findings.map(words.finding);
  const images = entry.images.flatMap((image, number) => [
    `   ${translate(language, 'mediaExport.image', { number: number + 1, file: image.path })}`,
    `      ${image.altText.trim() === '' ? translate(language, 'mediaExport.noAlt') : translate(language, 'mediaExport.alt', { alt: indented(image.altText.trim()) })}`,
  ]);
  return [
    // A package may include published posts (to republish or archive): say so, so none goes out twice.
    `${index + 1}. ${when(post, words)}${post.variant.publishedAt === null ? '' : ` (${say('readme.published')})`}`,
    ...details.filter(([, value]) => value !== '').map(([label, value]) => `   ${label}: ${indented(value)}`),
    ...(images.length === 0 ? [] : [`   ${translate(language, 'mediaExport.images')}:`, ...images]),
    ...(findings.length === 0 ? [] : [`   ${say('readme.findings')}:`, ...findings]),
    '',
  ];
}

function fileLine({ path, parts }: PackageEntry, words: Words): string {
  if (path === null) return words.say('readme.noFile');
  return parts > 1 ? `${path} (${translate(words.language, 'exportPackage.readme.thread', { count: parts })})` : path;
}

/** The posts of the period and statuses on channels not chosen, so none is left out without a word. */
function leftOutLines(leftOut: readonly ExportPost[], words: Words): string[] {
  if (leftOut.length === 0) return [];
  const { language, say } = words;
  return [
    underline(say('readme.leftOut')),
    '',
    translate(language, 'exportPackage.readme.leftOutIntro', { summary: textsInPosts(leftOut, language) }),
    ...leftOut.map((post) => `- ${when(post, words)}: ${post.item.title.trim() || say('untitled')}`),
    '',
  ];
}

/** Continuation lines of a multi-line note stay under their label. */
function indented(value: string): string {
  if (!value.includes('\n') && !value.includes('\r')) return value;
  return value.replace(/\r\n?|\n/g, `${CRLF}      `);
}
