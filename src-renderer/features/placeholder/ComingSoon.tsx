import { useTranslation } from 'react-i18next';

export function ComingSoon({ view }: { view: 'board' | 'settings' }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title">{t(`nav.${view}`)}</h1>
      <p className="coming-soon-badge">{t('placeholder.comingSoon')}</p>
      <p>{t(`placeholder.${view}`)}</p>
    </section>
  );
}
