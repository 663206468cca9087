// LÄS-MIG.txt: the schedule a person follows, in publishing order, with everything needed to
// publish each post by hand, and a short checklist. Words come from the shared catalogue.
import { translate, type Vars } from '../i18n/messages';
import type { Language, Settings } from '../plan/model';
import { isoWeek, isoWeekYear, isoWeekday, weekDays } from '../calendar/dates';
import { STATUSES } from '../settings/policy';
import { channelLabel } from './names';
import type { ExportOptions } from './options';
import type { ExportPost } from './select';

const CRLF = '\r\n';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A post as LÄS-MIG lists it: the post, its file in the package and the link it points at. */
export interface ReadmeEntry {
  post: ExportPost;
  path: string;
  link: string;
}

export function readmeText(entries: readonly ReadmeEntry[], settings: Settings, options: ExportOptions): string {
  const t = (key: string, vars?: Vars) => translate(options.language, `exportPackage.readme.${key}`, vars);
  const lines = [
    t('title'),
    '',
    periodLine(options, t),
    ...(settings.organisationName.trim() === '' ? [] : [t('organisation', { name: settings.organisationName.trim() })]),
    t('channels', { list: chosenChannels(settings, options).join(', ') }),
    t('statuses', { list: chosenStatuses(options).join(', ') }),
    entries.length === 0 ? t('empty') : t('count', { count: entries.length }),
    '',
    ...(entries.length === 0
      ? []
      : [underline(t('order')), '', ...entries.flatMap((entry, index) => entryLines(entry, index, settings, options.language))]),
    underline(t('checklist')),
    '',
    ...(['open', 'thread', 'media', 'instagram', 'check', 'mark'] as const).map((step) => `[ ] ${t(`steps.${step}`)}`),
    '',
    underline(t('files')),
    '',
    t('csvFile'),
    t('icsFile'),
  ];
  return lines.join(CRLF) + CRLF;
}

function periodLine(options: ExportOptions, t: (key: string, vars?: Vars) => string): string {
  const week = weekDays(options.from);
  const whole = options.from === week[0] && options.to === week[6];
  const dates = { from: options.from, to: options.to };
  return whole ? t('week', { ...dates, week: isoWeek(options.from), year: isoWeekYear(options.from) }) : t('period', dates);
}

function chosenChannels(settings: Settings, options: ExportOptions): string[] {
  return settings.channels
    .filter((channel) => options.channels.includes(channel.id))
    .map((channel) => channel.label[options.language]);
}

function chosenStatuses(options: ExportOptions): string[] {
  return STATUSES.filter((status) => options.statuses.includes(status.id)).map((status) => status.label[options.language]);
}

function underline(heading: string): string {
  return `${heading}${CRLF}${'='.repeat(heading.length)}`;
}

/** "1. måndag 2026-11-23 kl. 09:00 · Hemsida" and the post's details, indented under it. */
function entryLines({ post, path, link }: ReadmeEntry, index: number, settings: Settings, language: Language): string[] {
  const t = (key: string) => translate(language, `exportPackage.${key}`);
  const weekday = t(`weekdays.${WEEKDAYS[isoWeekday(post.date) - 1] ?? 'monday'}`);
  const time = post.time === null ? t('allDay') : `${t('readme.at')} ${post.time}`;
  const media = post.variant.mediaNote.trim();
  const alt = post.variant.altText.trim();
  const details: Array<[string, string]> = [
    [t('readme.heading'), post.item.title.trim() || t('untitled')],
    [t('readme.file'), path],
    [t('readme.link'), link],
    [t('readme.media'), media],
    // Media without a description shuts out those who cannot see it: say so rather than leave a gap.
    [t('readme.altText'), alt === '' && media !== '' ? t('readme.missing') : alt],
  ];
  return [
    // A package may include published posts (to republish or archive): say so, so none goes out twice.
    `${index + 1}. ${weekday} ${post.date} ${time} · ${channelLabel(settings, post.channel, language)}${post.variant.publishedAt === null ? '' : ` (${t('readme.published')})`}`,
    ...details.filter(([, value]) => value !== '').map(([label, value]) => `   ${label}: ${indented(value)}`),
    '',
  ];
}

/** Continuation lines of a multi-line note stay under their label. */
function indented(value: string): string {
  return value.replace(/\r\n?|\n/g, `${CRLF}      `);
}
