// The kanban's ways to many posts at once: a new post from a template, and posts from a sheet.
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, LayoutTemplate } from 'lucide-react';
import { useReuseDialogs } from '../reuse/reuse-dialogs';
import { shortcutWords } from '../../lib/format';

export function KanbanTools() {
  const { t } = useTranslation();
  const { showFromTemplate, showCsvImport } = useReuseDialogs();
  return (
    <div className="kanban-tools">
      <button type="button" className="ghost small" aria-keyshortcuts="Control+Shift+N" title={shortcutWords('N', true)} onClick={showFromTemplate}>
        <LayoutTemplate size={14} aria-hidden /> {t('templates.fromTemplate')}
      </button>
      <button type="button" className="ghost small" onClick={showCsvImport}>
        <FileSpreadsheet size={14} aria-hidden /> {t('csvImport.menu')}
      </button>
    </div>
  );
}
