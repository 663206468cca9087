// Names as the board reads them, shared by the board view and its HTML document.
import type { Language, Settings } from '../plan/model';
import { formatDay, isoWeek } from '../calendar/dates';
import { type Period } from './period';
import { channelSettings } from '../settings/policy';
import { translate } from '../i18n/messages';
import type { ChannelId } from '../plan/model';

export function channelName(settings: Settings, id: ChannelId, language: Language): string {
  const label = channelSettings(settings, id).label;
  return label[language] || label.sv;
}

/** An audience's name; an id no longer in Settings is shown as it is rather than hidden. */
export function audienceName(settings: Settings, id: string, language: Language): string {
  const audience = settings.audiences.find((candidate) => candidate.id === id);
  return audience ? audience.label[language] || audience.label.sv : id;
}

/** "v. 48–51 · 23 november – 20 december 2026" */
export function periodText(period: Period, language: Language): string {
  const weeks = [isoWeek(period.from), isoWeek(period.to)];
  const weekText =
    weeks[0] === weeks[1]
      ? translate(language, 'board.weekShort', { week: weeks[0] as number })
      : translate(language, 'board.weekShort', { week: `${weeks[0]}–${weeks[1]}` });
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const from = formatDay(period.from, language, sameYear ? 'd MMMM' : 'd MMMM yyyy');
  return `${weekText} · ${translate(language, 'board.periodText', { from, to: formatDay(period.to, language, 'd MMMM yyyy') })}`;
}
