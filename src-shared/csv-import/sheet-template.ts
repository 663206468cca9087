// The sheet "Spara en mall för kalkylbladet" writes: the simple columns in the plan's language and
// one example row, as the export writes CSV (UTF-8 with a BOM, ";"), so Swedish Excel opens it
// in columns and the import reads it back.
import { csvText } from '../export/csv';
import { translate } from '../i18n/messages';
import type { Language, Settings } from '../plan/model';
import { STATUSES } from '../settings/policy';
import { columnName, type Column } from './columns';

const SHEET: readonly Column[] = ['date', 'time', 'channel', 'title', 'text', 'audiences', 'status'];

export function sheetTemplate(settings: Settings, language: Language, day: string): string {
  const channel = settings.channels.find((candidate) => candidate.enabled) ?? settings.channels[0];
  const audience = settings.audiences.find((candidate) => !candidate.archived);
  const example = [
    day,
    '09:00',
    channel ? channel.label[language] || channel.label.sv : '',
    translate(language, 'csvImport.example.title'),
    translate(language, 'csvImport.example.text'),
    audience ? audience.label[language] || audience.label.sv : '',
    STATUSES[0]?.label[language] ?? '',
  ];
  return csvText([SHEET.map((column) => columnName(column, language).toLocaleLowerCase(language)), example]);
}
