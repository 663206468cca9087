// One i18n layer for every word in the UI. Domain labels (statuses, channels, audiences) are
// LocalizedText in the plan's settings; `localized` picks the current language from those.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../src-shared/model';
import { sv } from './sv';
import { en } from './en';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;

void i18next.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
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

export function useLocalized(): (text: LocalizedText) => string {
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'en' ? 'en' : 'sv';
  return (text) => text[language] || text.sv;
}
