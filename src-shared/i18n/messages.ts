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
  const template =
    (typeof count === 'number' ? templateOf(language, pluralKey(language, key, count)) : undefined) ??
    templateOf(language, key) ??
    KEY_ONLY(key);
  if (template.length === 1) return template[0] as string;
  let text = template[0] as string;
  for (let i = 1; i < template.length; i += 2) {
    const { name, format, whole } = template[i] as Placeholder;
    const value = vars[name];
    text += !Object.hasOwn(vars, name)
      ? whole
      : format === 'number' && typeof value === 'number'
        ? NUMBERS[language].format(value)
        : String(value);
    text += template[i + 1] as string;
  }
  return text;
}

const NO_VALUES: Vars = Object.freeze({});

// Made once: a formatter per call was a third of the checks' time when they formatted numbers,
// and the plural rules a fifth of a year's export.
const NUMBERS: Readonly<Record<Language, Intl.NumberFormat>> = {
  sv: new Intl.NumberFormat('sv'),
  en: new Intl.NumberFormat('en'),
};
const PLURALS: Readonly<Record<Language, Intl.PluralRules>> = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** `{{name}}` or `{{name, format}}` in a template, and the text to keep when no value is given. */
interface Placeholder {
  name: string;
  format: string | undefined;
  whole: string;
}

/**
 * A template cut at its placeholders: text, placeholder, text … (always text at both ends), so
 * filling it in is a walk, not a regular expression per call: an export words every post's lines.
 */
type Template = ReadonlyArray<string | Placeholder>;

const PLACEHOLDER = /\{\{(\w+)(?:, *(\w+))?\}\}/g;

function compile(template: string): Template {
  const pieces: Array<string | Placeholder> = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pieces.push(template.slice(from, match.index), { name: match[1] as string, format: match[2], whole: match[0] });
    from = match.index + match[0].length;
  }
  pieces.push(template.slice(from));
  return pieces;
}

/** An unknown key is its own text. */
const KEY_ONLY = (key: string): Template => [key];

/** Each key's template, looked up and cut once per language. */
const TEMPLATES: Readonly<Record<Language, Map<string, Template | undefined>>> = { sv: new Map(), en: new Map() };

function templateOf(language: Language, key: string): Template | undefined {
  const known = TEMPLATES[language];
  let template = known.get(key);
  if (template === undefined && !known.has(key)) {
    const text = lookup(MESSAGES[language], key);
    template = text === undefined ? undefined : compile(text);
    known.set(key, template);
  }
  return template;
}

/** `key_one`, `key_other` … by the language's plural rules, each name made once. */
function pluralKey(language: Language, key: string, count: number): string {
  const form = PLURALS[language].select(count);
  let forms = PLURAL_KEYS.get(key);
  if (forms === undefined) {
    forms = new Map();
    PLURAL_KEYS.set(key, forms);
  }
  let name = forms.get(form);
  if (name === undefined) {
    name = `${key}_${form}`;
    forms.set(form, name);
  }
  return name;
}

const PLURAL_KEYS = new Map<string, Map<string, string>>();

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
