// What an import would do, before it does it: the file's posts and period and what it replaces,
// or, for a refused file, what was wrong and that nothing changed.
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import type { ImportCheck, ImportSummary } from '../../../src-shared/ipc/contract';
import { useSay } from '../../i18n';

export type ImportShown = Exclude<ImportCheck, { status: 'cancelled' }>;

interface Props {
  shown: ImportShown | null;
  busy: boolean;
  onConfirm: (token: string) => void;
  onClose: () => void;
}

export function ImportDialog({ shown, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const say = useSay();
  return (
    <Dialog.Root open={shown !== null} onOpenChange={(open) => !open && !busy && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="settings-overlay" />
        <Dialog.Content className="settings-dialog">
          {shown?.status === 'rejected' && (
            <>
              <Dialog.Title>{t('importPlan.rejectedTitle')}</Dialog.Title>
              <Dialog.Description className="import-refusal">{say(shown.message)}</Dialog.Description>
              <p>{t('importPlan.nothingChanged')}</p>
              <div className="settings-dialog-actions">
                <Dialog.Close asChild>
                  <button type="button" className="primary">
                    {t('importPlan.close')}
                  </button>
                </Dialog.Close>
              </div>
            </>
          )}
          {shown?.status === 'ready' && (
            <>
              <Dialog.Title>{t('importPlan.summaryTitle')}</Dialog.Title>
              <Dialog.Description asChild>
                <div className="import-summary">
                  <SummaryLines summary={shown.summary} />
                </div>
              </Dialog.Description>
              <div className="settings-dialog-actions">
                <Dialog.Close asChild>
                  <button type="button" disabled={busy}>
                    {t('importPlan.cancel')}
                  </button>
                </Dialog.Close>
                <button type="button" className="primary" disabled={busy} onClick={() => onConfirm(shown.token)}>
                  {busy ? t('importPlan.importing') : t('importPlan.confirm')}
                </button>
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SummaryLines({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const period = summary.from && summary.to ? ` ${t('importPlan.summaryPeriod', { from: summary.from, to: summary.to })}` : '';
  const unscheduled = summary.unscheduled > 0 ? `, ${t('importPlan.summaryUnscheduled', { count: summary.unscheduled })}` : '';
  return (
    <>
      <p>
        <strong>{`${t('importPlan.summaryItems', { count: summary.items })}${period}${unscheduled}.`}</strong>
      </p>
      {summary.organisationName && <p>{t('importPlan.summaryOrganisation', { name: summary.organisationName })}</p>}
      {summary.media > 0 && <p>{t('importPlan.summaryMedia', { count: summary.media })}</p>}
      {summary.migratedFrom !== null && <p>{t('importPlan.summaryMigrated', { version: summary.migratedFrom })}</p>}
      <p>{t('importPlan.summaryReplaces', { count: summary.replacesItems })}</p>
    </>
  );
}
