// The renderer's i18n over the shared catalogue (src-shared/i18n). Domain labels (statuses,
// channels, audiences) are LocalizedText in the plan's settings; `useLocalized` picks from those.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { MESSAGES } from '../../src-shared/i18n/messages';
import type { Language, LocalizedText } from '../../src-shared/model';

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

export function useLocalized(): (text: LocalizedText) => string {
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'en' ? 'en' : 'sv';
  return (text) => text[language] || text.sv;
}
