// The export dialog (DESIGN §4): choose the period, channels and statuses, see what goes out
// and which checks still fail, then write the package where main says (the OS folder dialog in
// Electron, $KANALPLAN_EXPORT_DIR in the browser harness).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveStatus } from '../../app/ArchiveStatus';
import * as Dialog from '@radix-ui/react-dialog';
import type { InputOf } from '../../../src-shared/ipc/contract';
import type { Plan } from '../../../src-shared/plan/model';
import { exportPosts, leftOutPosts, offeredChannels } from '../../../src-shared/export/select';
import { packageFolderName } from '../../../src-shared/export/names';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useAppParts } from '../../app/app-context';
import { writePackage } from './write-package';
import { useAppInfo } from '../../lib/use-app-info';
import { useExportDialog } from './export-dialog-store';
import { defaultForm, isComplete, periodProblems, requestOf, type ExportForm } from './export-form';
import { ExportChoices } from './ExportChoices';
import { ExportSummary } from './ExportSummary';
import './export.css';

export function ExportDialog() {
  const open = useExportDialog((state) => state.open);
  const hide = useExportDialog((state) => state.hide);
  const plan = usePlanStore((state) => state.plan);
  return (
    <Dialog.Root open={open && plan !== null} onOpenChange={(next) => !next && hide()}>
      <Dialog.Portal>
        <Dialog.Overlay className="export-overlay" />
        <Dialog.Content className="export-dialog" onEscapeKeyDown={keepOpenForDatePopup}>{plan && <ExportDialogBody plan={plan} />}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Escape in a date field's calendar popup closes the popup, not the whole dialog. */
function keepOpenForDatePopup(event: KeyboardEvent) {
  if (event.target instanceof Element && event.target.closest('[data-date-popup]')) event.preventDefault();
}

function ExportDialogBody({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const calendarAnchor = useUiStore((state) => state.calendarAnchor);
  const openEditor = useUiStore((state) => state.openEditor);
  const hide = useExportDialog((state) => state.hide);
  const phase = useExportDialog((state) => state.phase);
  const setPhase = useExportDialog((state) => state.setPhase);
  const [form, setForm] = useState<ExportForm>(() => defaultForm(calendarAnchor, plan.settings));
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  const info = useAppInfo();
  const parts = useAppParts();
  const complete = isComplete(form);
  const posts = complete ? exportPosts(plan, form) : [];
  const leftOut = complete ? leftOutPosts(plan, form) : [];
  const periodValid = Object.keys(periodProblems(form)).length === 0;
  const offered = periodValid ? offeredChannels(plan, form) : enabledChannels(plan);
  const change = (patch: Partial<ExportForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    // A write under way goes on with what was asked; it stays shown, and Exportera stays off until it ends.
    if (phase.kind !== 'writing') setPhase({ kind: 'choosing' });
  };
  const write = (request: InputOf<'export:write'>) => void writePackage(parts, request, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete && posts.length > 0 && phase.kind !== 'writing') write(requestOf(form, false));
  };

  return (
    <form className="export-form" onSubmit={submit} noValidate ref={setFormElement}>
      <header className="export-header">
        <Dialog.Title>{t('exportDialog.title')}</Dialog.Title>
        <Dialog.Description>{t('exportDialog.description')}</Dialog.Description>
        <ArchiveStatus scope="period" />
      </header>
      <div className="export-columns">
        <ExportChoices
          form={form}
          settings={plan.settings}
          offered={offered}
          onChange={change}
          onThisWeek={() => change(defaultWeek(calendarAnchor, plan))}
          popupContainer={formElement}
        />
        <section className="export-preview" aria-labelledby="export-summary-heading">
          <h3 id="export-summary-heading" className="export-subheading">
            {t('exportDialog.summary')}
          </h3>
          {complete && (
            <p className="export-folder-name">{t('exportDialog.folderName', { name: packageFolderName(form.from, form.to) })}</p>
          )}
          <ExportSummary
            posts={posts}
            leftOut={leftOut}
            plan={plan}
            onOpenItem={(id) => {
              hide();
              openEditor(id);
            }}
          />
        </section>
      </div>
      <p className="export-destination">
        {info?.exportDir ? t('exportDialog.destination', { folder: info.exportDir }) : t('exportDialog.destinationChoose')}
      </p>
      {phase.kind === 'failed' && (
        <p role="alert" className="export-error">
          {phase.message}
        </p>
      )}
      {phase.kind === 'exists' && (
        <div role="alert" className="export-exists">
          <p>{t('exportDialog.exists', { name: phase.folderName })}</p>
          <button type="button" className="primary" onClick={() => write({ ...phase.request, overwrite: true })}>
            {t('exportDialog.replace')}
          </button>
          <button type="button" onClick={() => setPhase({ kind: 'choosing' })}>
            {t('exportDialog.keep')}
          </button>
        </div>
      )}
      <footer className="export-footer">
        {phase.kind === 'writing' && <ProgressLine />}
        <Dialog.Close asChild>
          {/* Closing does not stop a write under way: the button says so by its name. */}
          <button type="button" className="ghost">
            {phase.kind === 'writing' ? t('exportDialog.closeWhileWriting') : t('exportDialog.cancel')}
          </button>
        </Dialog.Close>
        <button
          type="submit"
          className="primary"
          disabled={!complete || posts.length === 0 || phase.kind === 'writing'}
          aria-busy={phase.kind === 'writing'}
        >
          {phase.kind === 'writing' ? t('exportDialog.exporting') : t('exportDialog.export')}
        </button>
      </footer>
    </form>
  );
}

/**
 * A year's package is thousands of files, each synced to disk: seconds that show how they pass.
 * The bar's name is its step and its value text the count, so a screen reader is not handed a new
 * name ten times a second; the only part of the dialog that draws again as the count moves.
 */
function ProgressLine() {
  const { t } = useTranslation();
  const progress = useExportDialog((state) => state.progress);
  if (progress === null) return null;
  const { step, done, total } = progress;
  const name = t(step === 'zip' ? 'exportDialog.progressZip' : 'exportDialog.progressFiles');
  const count = t('exportDialog.progressCount', { done, total });
  return (
    <div className="export-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={name} aria-valuetext={count} />
      <span aria-hidden>
        {name}: {count}
      </span>
    </div>
  );
}

/** Until the period is a real one, the channels offered are the enabled ones. */
function enabledChannels(plan: Plan): Array<{ id: string; enabled: boolean }> {
  return plan.settings.channels.filter((channel) => channel.enabled).map(({ id, enabled }) => ({ id, enabled }));
}

function defaultWeek(anchor: string, plan: Plan): Pick<ExportForm, 'from' | 'to'> {
  const { from, to } = defaultForm(anchor, plan.settings);
  return { from, to };
}
