// The one catalogue of user-facing words (STYLE habit 11). The renderer reads it through
// i18next; main's menu and the export's texts read it through `translate`, so a word is
// written once, in one place, in each language.
import type { Language, LocalizedText } from '../plan/model';
import { en } from './en';
import { sv } from './sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;

export const MESSAGES: Readonly<Record<Language, Messages>> = { sv, en };

/** Each language by its own name, whatever the UI language: a Swede looks for "Svenska". */
export const LANGUAGE_NAMES: ReadonlyArray<{ id: Language; name: string }> = [
  { id: 'sv', name: 'Svenska' },
  { id: 'en', name: 'English' },
];

export type Vars = Readonly<Record<string, string | number>>;

/**
 * What a message fills in: a string or number as it is, a message worded in the same language,
 * or a name the user (or the policy) gave in both languages, such as a channel's label.
 */
export type MessageValue = string | number | Message | LocalizedText;

/**
 * A message as data: a catalogue key and the values it fills in. Errors, notices and the checks'
 * findings from main and the domain carry these, so the renderer says them in the user's language.
 */
export interface Message {
  key: string;
  values?: Readonly<Record<string, MessageValue>>;
}

/** Words a message, and the messages inside it, in `language`. */
export function say(language: Language, text: Message): string {
  const vars: Record<string, string | number> = {};
  // Numbers stay numbers: `{{n, number}}` and the plural `count` need them.
  for (const [name, value] of Object.entries(text.values ?? {}))
    vars[name] = typeof value === 'number' ? value : wordValue(language, value);
  return translate(language, text.key, vars);
}

/** Words any value a message carries: a message, a name in both languages, or text as it is. */
function wordValue(language: Language, value: MessageValue): string {
  if (typeof value !== 'object') return String(value);
  // An English name left empty falls back to the Swedish one, as the renderer's labels do.
  return 'key' in value ? say(language, value) : value[language] || value.sv;
}

/**
 * A message by its dotted key, as i18next reads the same catalogue: `{{name}}` is filled in,
 * `{{name, number}}` groups a number's digits as the language does (63 206, 63,206), and with a
 * numeric `count` the `_one`/`_other` form is chosen by the language's plural rules.
 * An unknown key comes back as the key, which a test then catches.
 */
export function translate(language: Language, key: string, values: Message['values'] = NO_VALUES): string {
  // Without Object.values' array: an export words every post's lines, most with no values at all.
  for (const name in values) if (typeof values[name] === 'object') return say(language, { key, values });
  const vars = values as Vars;
  const count = vars.count;
  const plural = typeof count === 'number' ? `${key}_${PLURALS[language].select(count)}` : null;
  const template = (plural && templateOf(language, plural)) ?? templateOf(language, key) ?? key;
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{(\w+)(?:, *(\w+))?\}\}/g, (whole, name: string, format?: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name];
    return format === 'number' && typeof value === 'number' ? NUMBERS[language].format(value) : String(value);
  });
}

const NO_VALUES: Vars = Object.freeze({});

// Made once: a formatter per call was a third of the checks' time when they formatted numbers,
// and the plural rules a fifth of a year's export.
const NUMBERS: Readonly<Record<Language, Intl.NumberFormat>> = {
  sv: new Intl.NumberFormat('sv'),
  en: new Intl.NumberFormat('en'),
};
const PLURALS: Readonly<Record<Language, Intl.PluralRules>> = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** Each key's template, looked up once per language: an export words every post's lines. */
const TEMPLATES: Readonly<Record<Language, Map<string, string | undefined>>> = { sv: new Map(), en: new Map() };

function templateOf(language: Language, key: string): string | undefined {
  const known = TEMPLATES[language];
  if (!known.has(key)) known.set(key, lookup(MESSAGES[language], key));
  return known.get(key);
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
