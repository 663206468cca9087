// The question a series' post asks at its first change, and the answer once given, with a way to
// ask again. The change waits in the question: "Avbryt" drops it.
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { Repeat } from 'lucide-react';
import type { useSeriesScope } from './series-scope';
import '../settings/settings.css';

export function SeriesScopeBar({ series }: { series: ReturnType<typeof useSeriesScope> }) {
  const { t } = useTranslation();
  if (!series.asked) return null;
  const words = series.scope === 'following' ? t('series.scopeFollowing') : t('series.scopeThis');
  return (
    <>
      {series.scope !== null && (
        <p className="series-scope">
          <Repeat size={14} aria-hidden /> {t('series.scopeChosen', { scope: words })}{' '}
          <button type="button" className="ghost small" onClick={series.reset}>
            {t('series.scopeChange')}
          </button>
        </p>
      )}
      <Dialog.Root open={series.pending !== null} onOpenChange={(open) => !open && series.cancel()}>
        <Dialog.Portal>
          <Dialog.Overlay className="settings-overlay" />
          <Dialog.Content className="settings-dialog">
            <Dialog.Title>{t('series.mark')}</Dialog.Title>
            <Dialog.Description>{t('series.scopeQuestion')}</Dialog.Description>
            <div className="settings-dialog-actions">
              <Dialog.Close asChild>
                <button type="button">{t('series.cancel')}</button>
              </Dialog.Close>
              <button type="button" onClick={() => series.choose('following')}>
                {t('series.scopeFollowing')}
              </button>
              <button type="button" className="primary" onClick={() => series.choose('this')}>
                {t('series.scopeThis')}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
