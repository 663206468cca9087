// Refusals a person can read: which field, and what its limit is. Main sends them as catalogue
// data (`issuesMessage`), which the renderer words in its language; the renderer words its own
// before it applies a command (`describeIssues`). Values are cut short, so an 11 MB input never
// comes back as an 11 MB message.
import type { z } from 'zod';
import { say, type Message, type MessageValue } from '../i18n/messages';
import { commaList, labelled, lineList } from '../i18n/lists';
import type { Language } from '../plan/model';
import { message } from './errors';

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
  url: 'validation.publishedUrl',
  publishedUrl: 'validation.publishedUrl',
  status: 'editor.status',
};

const MAX_ISSUES = 3;

/** The first few issues, one a line ("Fält: vad som är fel"), as catalogue data. */
export function issuesMessage(error: z.ZodError): Message {
  const [first, ...rest] = error.issues.slice(0, MAX_ISSUES).map(issueMessage);
  // A ZodError always has an issue; the fallback only keeps the type honest.
  if (first === undefined) return message('validation.badValue');
  const more = error.issues.length - MAX_ISSUES;
  return lineList([first, ...rest, ...(more > 0 ? [message('validation.more', { count: more })] : [])]);
}

/** The same, worded: for the renderer, which refuses a command before it is sent. */
export function describeIssues(error: z.ZodError, language: Language): string {
  return say(language, issuesMessage(error));
}

/** One issue as "Fält: vad som är fel". */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const field = fieldOf(issue.path);
  const problem = problemOf(issue);
  return field === null ? problem : labelled(field, problem);
}

function fieldOf(path: ReadonlyArray<PropertyKey>): MessageValue | null {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (key === undefined) return null;
  // The key comes from the input: only our own labels, never what an object inherits.
  return Object.hasOwn(FIELD_LABELS, key) ? message(FIELD_LABELS[key]!) : key.slice(0, 40);
}

function problemOf(issue: z.core.$ZodIssue): Message {
  const t = (key: string, values?: Message['values']) => message(`validation.${key}`, values);
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      return t(issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'tooLarge', { max });
    }
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? t('empty') : t('tooSmall', { min: Number(issue.minimum) });
    case 'invalid_type':
      return t('wrongType');
    case 'unrecognized_keys':
      return t('unknownKeys', { keys: commaList(issue.keys.slice(0, 5).map((key) => key.slice(0, 40))) });
    case 'invalid_value':
      return t('notOneOf', { values: commaList(issue.values.slice(0, 8).map((value) => String(value).slice(0, 40))) });
    default:
      // Our own schemas' messages are catalogue keys (`schemaRule.*`); the schema library's own
      // English ("Invalid input: expected …") is never shown.
      return issue.message.startsWith('schemaRule.') ? message(issue.message) : t('badValue');
  }
}
