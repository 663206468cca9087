// "Exportera hela planen…" and "Importera…". In the browser harness the page picks the file
// (and checks its size before reading it); in Electron main asks in the OS open dialog.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_ARCHIVE_BYTES, MAX_IMPORT_BYTES, type AppInfo, type ImportCheck } from '../../../src-shared/ipc/contract';
import { base64Of } from '../media/attach';
import { message } from '../../../src-shared/ipc/errors';
import type { Message } from '../../../src-shared/i18n/messages';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { ImportDialog, type ImportShown } from './ImportDialog';
import { useSettingsUi } from './settings-store';
import type { Outcome } from './outcome';

interface Props {
  info: AppInfo | null;
  busy: boolean;
  run: (work: () => Promise<Outcome>) => Promise<void>;
}

export function PlanFileSection({ info, busy, run }: Props) {
  const { t } = useTranslation();
  const commitImport = usePlanStore((state) => state.commitImport);
  const { api, settingsUi } = useAppParts();
  const [shown, setShown] = useState<ImportShown | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const refuse = (refusal: Message) => setShown({ status: 'rejected', message: refusal });
  const show = (check: ImportCheck) => setShown(check.status === 'cancelled' ? null : check);

  const exportPlan = () =>
    run(async () => {
      const written = await api['plan:export-file'](null);
      return written ? { message: t('importPlan.exported', { path: written.path }), undo: null } : null;
    });
  const startImport = () => {
    if (info?.runtime === 'electron') void run(async () => (show(await api['plan:import-check'](null)), null));
    else fileInput.current?.click();
  };
  const fileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after a fix
    if (!file) return;
    void run(async () => {
      // A ZIP (plan.json and media/) goes as its bytes, a JSON plan file as its text; the limits are main's.
      const zip = await isZipFile(file);
      const tooLarge = sizeRefusal(file.size, zip);
      if (tooLarge) refuse(tooLarge);
      else show(await api['plan:import-check'](zip ? { archive: await base64Of(file) } : { text: await file.text() }));
      return null;
    });
  };
  const confirm = (token: string) =>
    run(async () => {
      const undoId = await commitImport(token);
      setShown(null);
      if (undoId === undefined) return null;
      return {
        message: t('importPlan.imported'),
        undo: undoId ? { id: undoId, label: t('importPlan.undoImport'), done: t('importPlan.undone') } : null,
      };
    });

  // Arkiv → Exportera hela planen… / Importera… open this section and ask for the same actions.
  const request = useSettingsUi((state) => state.request);
  useEffect(() => {
    if (!request || busy) return;
    const taken = settingsUi.getState().takeRequest();
    if (taken === 'export') void exportPlan();
    if (taken === 'import') startImport();
  });

  return (
    <div className="settings-field">
      <h3>{t('importPlan.planFileTitle')}</h3>
      <p className="settings-muted">{t('importPlan.planFileIntro')}</p>
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void exportPlan()}>
          {t('importPlan.exportPlan')}
        </button>
        <button type="button" disabled={busy} onClick={startImport}>
          {t('importPlan.importPlan')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,application/zip,.json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('importPlan.chooseFile')}
          onChange={fileChosen}
        />
      </div>
      <ImportDialog shown={shown} busy={busy} onConfirm={(token) => void confirm(token)} onClose={() => setShown(null)} />
    </div>
  );
}

/** A ZIP by its first bytes ("PK\x03\x04"), whatever its name says. */
async function isZipFile(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function sizeRefusal(size: number, zip: boolean): Message | null {
  if (zip) {
    return size > MAX_IMPORT_ARCHIVE_BYTES
      ? message('importPlan.archive.tooLarge', { max: MAX_IMPORT_ARCHIVE_BYTES / (1024 * 1024) })
      : null;
  }
  return size > MAX_IMPORT_BYTES ? message('importPlan.tooLarge') : null;
}
