// "Importera inlägg från CSV…" (Arkiv and the kanban; issue 19, item 5). The file is read and
// checked here, with the domain's own reader, and nothing reaches main until "Importera": then
// the posts the preview showed are made in one command, one undo step. "Avbryt" sends nothing.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { MAX_CSV_BYTES } from '../../../src-shared/csv-import/decode';
import { MAX_IMPORTED_POSTS } from '../../../src-shared/csv-import/import-command';
import { previewCsv, type CsvPreview } from '../../../src-shared/csv-import/preview';
import { message } from '../../../src-shared/ipc/errors';
import type { Message } from '../../../src-shared/i18n/messages';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { useSay } from '../../i18n';
import { newItemId } from '../../lib/ids';
import { useReuseDialogs } from '../reuse/reuse-dialogs';
import { useToldApply } from '../reuse/use-told-apply';
import { CsvPreviewTable } from './CsvPreviewTable';
import { RejectedRows } from './RejectedRows';
import { SheetTemplateButton } from './SheetTemplateButton';
import '../settings/settings.css';
import './csv-import.css';

type Phase =
  | { kind: 'choosing' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; message: Message }
  | ({ kind: 'ready'; name: string } & CsvPreview);

export function CsvImportDialog() {
  const { t } = useTranslation();
  const open = useReuseDialogs((state) => state.csvImport);
  const close = useReuseDialogs((state) => state.close);
  const settings = usePlanStore((state) => state.plan?.settings);
  return (
    <Dialog.Root open={open && settings !== undefined} onOpenChange={(next) => !next && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="settings-overlay" />
        <Dialog.Content className="settings-dialog csv-dialog">
          <Dialog.Title>{t('csvImport.title')}</Dialog.Title>
          <Dialog.Description>{t('csvImport.intro')}</Dialog.Description>
          {settings && <CsvImportBody settings={settings} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CsvImportBody({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const say = useSay();
  const toldApply = useToldApply();
  const close = useReuseDialogs((state) => state.close);
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });

  const read = async (file: File) => {
    // A file too large is refused by its size, before a byte of it is read.
    if (file.size > MAX_CSV_BYTES) return setPhase({ kind: 'refused', name: file.name, message: message('csvImport.errors.tooLarge', { max: 50 }) });
    setPhase({ kind: 'reading', name: file.name });
    try {
      const result = previewCsv(new Uint8Array(await file.arrayBuffer()), settings);
      setPhase(result.ok ? { kind: 'ready', name: file.name, ...result } : { kind: 'refused', name: file.name, message: result.message });
    } catch {
      setPhase({ kind: 'refused', name: file.name, message: message('csvImport.errors.unreadable') });
    }
  };

  const commit = async (posts: CsvPreview['posts']) => {
    close();
    await toldApply({ type: 'items.import', posts: posts.map(({ rows: _, ...post }) => ({ ...post, id: newItemId() })) }, t('csvImport.imported', { count: posts.length }));
  };

  const count = phase.kind === 'ready' ? phase.posts.length : 0;
  return (
    <>
      <div className="csv-actions">
        <button type="button" onClick={() => input.current?.click()}>
          {t('csvImport.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('csvImport.choose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void read(file);
          }}
        />
        <SheetTemplateButton settings={settings} />
      </div>
      <div aria-live="polite">
        {phase.kind === 'reading' && <p>{t('csvImport.reading')}</p>}
        {phase.kind === 'refused' && (
          <div role="alert">
            <h3>{t('csvImport.refusedTitle')}</h3>
            <p className="import-refusal">{say(phase.message)}</p>
            <p>{t('csvImport.nothingChanged')}</p>
          </div>
        )}
        {phase.kind === 'ready' && (
          <>
            <p className="csv-file">{t('csvImport.file', { name: phase.name, encoding: phase.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252' })}</p>
            <h3>{count === 0 ? t('csvImport.nothing') : t('csvImport.postsHeading', { count })}</h3>
          </>
        )}
      </div>
      {phase.kind === 'ready' && count > 0 && <CsvPreviewTable posts={phase.posts} settings={settings} />}
      {phase.kind === 'ready' && <RejectedRows rows={phase.rejected} />}
      {phase.kind === 'ready' && count > MAX_IMPORTED_POSTS && (
        <p role="alert">{say(message('csvImport.errors.tooManyRows', { max: MAX_IMPORTED_POSTS }))}</p>
      )}
      <div className="settings-dialog-actions">
        <Dialog.Close asChild>
          <button type="button">{t('csvImport.cancel')}</button>
        </Dialog.Close>
        {phase.kind === 'ready' && count > 0 && count <= MAX_IMPORTED_POSTS && (
          <button type="button" className="primary" onClick={() => void commit(phase.posts)}>
            {t('csvImport.import', { count })}
          </button>
        )}
      </div>
    </>
  );
}
