// Refusals a person can read: which field, and what its limit is, in the UI language. Used by
// main for every IPC input and by the renderer before it applies a command, so a refused change
// is explained instead of shown as raw schema text (and an 11 MB message never crosses IPC).
import type { z } from 'zod';
import { translate } from '../i18n/messages';
import type { Language } from '../plan/model';

/** Where a field's label lives in the catalogue, by the last key of its path. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'editor.title',
  notes: 'editor.notes',
  owner: 'editor.owner',
  tags: 'editor.tags',
  audiences: 'editor.audiences',
  text: 'editor.text',
  lead: 'editor.lead',
  slug: 'editor.slug',
  hashtags: 'editor.hashtags',
  link: 'editor.link',
  mediaNote: 'editor.mediaNote',
  altText: 'editor.altText',
  date: 'editor.date',
  time: 'editor.time',
  publishedUrl: 'validation.publishedUrl',
  status: 'editor.status',
};

const MAX_ISSUES = 3;

/** The first few issues, each "Fält: vad som är fel", joined; never longer than a short paragraph. */
export function describeIssues(error: z.ZodError, language: Language = 'sv'): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(issue, language));
  const more = error.issues.length - MAX_ISSUES;
  if (more > 0) lines.push(translate(language, 'validation.more', { count: more }));
  return lines.join('\n').slice(0, 2000);
}

/** One issue as "Fält: vad som är fel". */
export function describeIssue(issue: z.core.$ZodIssue, language: Language): string {
  const field = fieldOf(issue.path, language);
  const what = problemOf(issue, language);
  return field ? `${field}: ${what}` : what;
}

function fieldOf(path: ReadonlyArray<PropertyKey>, language: Language): string | null {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (key === undefined) return null;
  const label = FIELD_LABELS[key];
  return label ? translate(language, label) : key;
}

function problemOf(issue: z.core.$ZodIssue, language: Language): string {
  const t = (key: string, vars = {}) => translate(language, `validation.${key}`, vars);
  const number = (value: unknown) => Number(value).toLocaleString(language);
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? t('tooLong', { max: number(issue.maximum) })
        : issue.origin === 'array'
          ? t('tooMany', { max: number(issue.maximum) })
          : t('tooLarge', { max: number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? t('empty')
        : t('tooSmall', { min: number(issue.minimum) });
    case 'invalid_type':
      return t('wrongType');
    case 'unrecognized_keys':
      return t('unknownKeys', {
        keys: issue.keys
          .slice(0, 5)
          .map((key) => key.slice(0, 40))
          .join(', '),
      });
    case 'invalid_value':
      return t('notOneOf', { values: issue.values.slice(0, 8).map(String).join(', ') });
    default:
      // Our own schemas carry Swedish messages ("Datum ska skrivas åååå-mm-dd"); keep those, but
      // never the schema library's own English ("Invalid input: expected …").
      return /^Invalid|expected /.test(issue.message) ? t('badValue') : issue.message.slice(0, 200);
  }
}
