// Exportera HTML, and Exportera PDF (Electron) or Skriv ut (the browser harness): all three from
// the one document boardHtml() makes, so what is saved, printed and tested is the same.
import { useTranslation } from 'react-i18next';
import { FileDown, FileText, Printer } from 'lucide-react';
import { boardHtml } from '../../../src-shared/board/html';
import { boardThumbnailFiles } from '../../../src-shared/board/thumbnails';
import { isoWeek } from '../../../src-shared/calendar/dates';
import { type Period } from '../../../src-shared/board/period';
import type { Plan } from '../../../src-shared/plan/model';
import { ArchiveStatus } from '../../app/ArchiveStatus';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useApi } from '../../app/app-context';
import { localNow } from '../../lib/now';
import { useLanguage } from '../../i18n';
import { printHtml } from './print';
import { useRuntime } from './runtime';

/** "Styrelsevy SSCO v48-51": only the characters board:save accepts. */
export function boardFileName(base: string, organisation: string, period: Period): string {
  const weeks = `v${isoWeek(period.from)}-${isoWeek(period.to)}`;
  return `${base} ${organisation} ${weeks}`
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

export function ExportButtons({ plan, period }: { plan: Plan; period: Period }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useUiStore((state) => state.showToast);
  const runtime = useRuntime();
  const api = useApi();
  // A saved board of a past period must not miss the old posts still being read.
  const wholePlan = usePlanStore((state) => state.archive.state === 'loaded');
  // The posts' pictures come from main as small data: URIs: the file stays one file that loads nothing.
  const html = async () => {
    const files = boardThumbnailFiles(plan, period);
    const thumbnails = new Map(files.length > 0 ? await api['media:board-thumbnails']({ files }) : []);
    return boardHtml({ plan, period, now: localNow(), language, thumbnails });
  };
  const fileName = boardFileName(t('board.fileName'), plan.settings.organisationName, period);

  const save = async (channel: 'board:save' | 'board:pdf') => {
    try {
      const saved = await api[channel]({ html: await html(), fileName });
      if (saved) showToast(t('board.exported', { path: saved.path }));
    } catch (error) {
      showToast(t('board.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className="board-exports">
      <ArchiveStatus scope="period" />
      <button type="button" disabled={!wholePlan} onClick={() => void save('board:save')}>
        <FileDown size={16} aria-hidden /> {t('board.exportHtml')}
      </button>
      {runtime === 'electron' && (
        <button type="button" disabled={!wholePlan} onClick={() => void save('board:pdf')}>
          <FileText size={16} aria-hidden /> {t('board.exportPdf')}
        </button>
      )}
      {runtime === 'browser-harness' && (
        <button type="button" disabled={!wholePlan} onClick={() => void html().then(printHtml)}>
          <Printer size={16} aria-hidden /> {t('board.print')}
        </button>
      )}
    </div>
  );
}
