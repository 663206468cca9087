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
 * per language.
 */
export function useLightTranslation(): { t: TFunction; i18n: typeof i18next; language: Language } {
  const language = useLanguage();
  let t = fixedT.get(language);
  if (!t) {
    t = i18next.getFixedT(language);
    fixedT.set(language, t);
  }
  return { t, i18n: i18next, language };
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
