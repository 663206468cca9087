// Writing the package the dialog asked for, outside the dialog: a year's package takes seconds,
// and the dialog may be closed meanwhile. Its outcome then comes as a toast, so no failure, and
// no package found already there, goes unsaid.
import type { TFunction } from 'i18next';
import type { ExportResult, InputOf } from '../../../src-shared/ipc/contract';
import type { AppParts } from '../../app/app-context';

export async function writePackage(
  parts: Pick<AppParts, 'api' | 'exportDialog' | 'ui'>,
  request: InputOf<'export:write'>,
  t: TFunction,
): Promise<void> {
  const { api } = parts;
  const dialog = () => parts.exportDialog.getState();
  const toast = (message: string) => parts.ui.getState().showToast(message);
  dialog().setPhase({ kind: 'writing' });
  dialog().setProgress(null);
  // Heard from before the call: main tells the first count before its answer. The harness sends
  // events apart from answers, so a count left over from an earlier write is passed over until
  // this write's first, which is always of none.
  let started = false;
  const stopHearing = api.subscribe('export:progress', (progress) => {
    started ||= progress.done === 0;
    if (started) dialog().setProgress(progress);
  });
  let result: ExportResult;
  try {
    result = await api['export:write'](request);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog().setPhase({ kind: 'failed', message });
    if (!dialog().open) toast(message);
    return;
  } finally {
    stopHearing();
    dialog().setProgress(null);
  }
  if (result.status === 'cancelled') return dialog().setPhase({ kind: 'choosing' });
  if (result.status === 'exists') {
    dialog().setPhase({ kind: 'exists', folderName: result.folderName, request });
    if (!dialog().open) toast(t('exportDialog.existsClosed', { name: result.folderName }));
    return;
  }
  dialog().setPhase({ kind: 'choosing' });
  dialog().hide();
  const message = result.zip
    ? t('exportDialog.writtenZip', { folder: result.folder, zip: result.zip })
    : t('exportDialog.written', { folder: result.folder });
  const reveal = { label: t('exportDialog.reveal'), run: () => void api['export:reveal'](null) };
  parts.ui.getState().showToast(message, null, result.canReveal ? reveal : null);
}
