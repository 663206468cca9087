import type { TFunction } from 'i18next';

/** "2,4 MB" or "310 kB", with the UI language's decimal sign. */
export function sizeText(t: TFunction, bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (mb >= 1) return t('media.megabytes', { value: number.format(mb) });
  return t('media.kilobytes', { value: Math.max(1, Math.round(bytes / 1024)) });
}
