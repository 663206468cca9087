// The renderer's i18n over the shared catalogue (src-shared/i18n). Domain labels (statuses,
// channels, audiences) are LocalizedText in the plan's settings; `useLocalized` picks from those.
import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { initReactI18next } from 'react-i18next';
import { MESSAGES, say, type Message } from '../../src-shared/i18n/messages';
import { DomainError } from '../../src-shared/ipc/errors';
import type { Language, LocalizedText } from '../../src-shared/plan/model';

void i18next.use(initReactI18next).init({
  resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
  lng: 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

function subscribeToLanguage(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'sv');

/** The UI language; a component using it renders again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeToLanguage, currentLanguage);
}

const fixedT = new Map<Language, TFunction>();
const localizers = new Map<Language, (text: LocalizedText) => string>();

/**
 * `useTranslation` for what is drawn many times over (cards, calendar chips, cells). Each
 * component that mounts with react-i18next's hook gets its own copy of the i18n instance, which
 * was most of the JavaScript of a week switch at 10,000 posts (issue #11); this shares one `t`
 * per language, and remembers its words.
 */
export function useLightTranslation(): { t: TFunction; i18n: typeof i18next; language: Language } {
  const language = useLanguage();
  let t = fixedT.get(language);
  if (!t) {
    t = remembered(i18next.getFixedT(language));
    fixedT.set(language, t);
  }
  return { t, i18n: i18next, language };
}

/** Words remembered per language before they are forgotten all at once; each is a few dozen bytes. */
const REMEMBERED_WORDS = 5000;

/**
 * i18next finds a key's words by walking its resources and the options anew on every call, 20–60
 * µs each on this machine: a view of a few hundred posts asks thousands of times for the same few
 * dozen. The catalogue is fixed while the app runs, so a key with the same plain values always has
 * the same words; a call with anything else (an object, a function) goes to i18next every time.
 */
export function remembered(t: TFunction): TFunction {
  const known = new Map<string, string>();
  const say = (key: unknown, options?: unknown): unknown => {
    const id = wordsId(key, options);
    if (id === null) return (t as (key: unknown, options?: unknown) => unknown)(key, options);
    const remembered = known.get(id);
    if (remembered !== undefined) return remembered;
    const said = (t as (key: unknown, options?: unknown) => unknown)(key, options);
    // Only words are kept: an option such as returnObjects makes i18next answer with an object.
    if (typeof said !== 'string') return said;
    if (known.size >= REMEMBERED_WORDS) known.clear();
    known.set(id, said);
    return said;
  };
  return say as unknown as TFunction;
}

/** The key and its plain values (their types too: a count of 1 and "1" may be worded apart), or null. */
function wordsId(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return null;
    const text = String(value);
    // The value's length before it: a title holding the separators cannot pose as other values.
    id += `\u0000${name}\u0001${type.charAt(0)}${text.length}:${text}`;
  }
  return id;
}

export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage();
  let localize = localizers.get(language);
  if (!localize) {
    localize = (text) => text[language] || text.sv;
    localizers.set(language, localize);
  }
  return localize;
}

const sayers = new Map<Language, (text: Message) => string>();

/** Words a message from main or the domain (an error, a check's finding) in the UI language. */
export function useSay(): (text: Message) => string {
  const language = useLanguage();
  let sayer = sayers.get(language);
  if (!sayer) {
    sayer = (text) => say(language, text);
    sayers.set(language, sayer);
  }
  return sayer;
}

/** What went wrong, in the UI language: the domain's refusals carry a message, not words. */
export function errorText(error: unknown): string {
  if (error instanceof DomainError) return say(currentLanguage(), error.text);
  return error instanceof Error ? error.message : String(error);
}
