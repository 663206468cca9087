// The export dialog's choices as plain data, with their defaults and their validation, kept out
// of the component so they can be tested and read on their own.
import type { InputOf } from '../../../src-shared/ipc/contract';
import type { Settings, StatusId } from '../../../src-shared/plan/model';
import { isRealDay, weekDays } from '../../../src-shared/calendar/dates';

export interface ExportForm {
  from: string;
  to: string;
  channels: string[];
  statuses: StatusId[];
  zip: boolean;
}

/**
 * The week shown in the calendar, every channel, only approved posts. Every channel, turned off
 * ones too: their approved posts still go out unless the officer unticks them (the dialog shows
 * a turned-off channel when posts of the period use it).
 */
export function defaultForm(calendarAnchor: string, settings: Settings): ExportForm {
  const week = weekDays(calendarAnchor);
  return {
    from: week[0] as string,
    to: week[6] as string,
    channels: settings.channels.map((channel) => channel.id),
    statuses: ['approved'],
    zip: false,
  };
}

/** Catalogue keys of what is wrong with the period, per field; empty when it is fine. */
export function periodProblems(form: Pick<ExportForm, 'from' | 'to'>): { from?: string; to?: string } {
  const problems: { from?: string; to?: string } = {};
  if (!isRealDay(form.from)) problems.from = 'exportDialog.invalidDate';
  if (!isRealDay(form.to)) problems.to = 'exportDialog.invalidDate';
  if (!problems.from && !problems.to && form.to < form.from) problems.to = 'exportDialog.reversed';
  return problems;
}

export function isComplete(form: ExportForm): boolean {
  const problems = periodProblems(form);
  return !problems.from && !problems.to && form.channels.length > 0 && form.statuses.length > 0;
}

export function requestOf(form: ExportForm, overwrite: boolean): InputOf<'export:write'> {
  return { from: form.from, to: form.to, channels: form.channels, statuses: form.statuses, zip: form.zip, overwrite };
}

/** Adds or removes one value, keeping the order of `all` so the request is stable. */
export function toggled<T>(values: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  return all.filter((candidate) => (candidate === value ? on : values.includes(candidate)));
}
