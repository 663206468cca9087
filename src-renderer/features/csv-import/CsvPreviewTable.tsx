// The posts an import will make, as a table of date, time, channels, title, status, audiences
// and the sheet rows each comes from. Only the rows in view are rendered: a sheet of 5,000 rows
// previews as fast as one of five.
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PreviewPost } from '../../../src-shared/csv-import/preview';
import type { Settings } from '../../../src-shared/plan/model';
import { channelSettings, STATUSES } from '../../../src-shared/settings/policy';
import { useLocalized } from '../../i18n';

const ROW_PX = 30;
/** About nine rows in view; a short preview is as tall as its rows. */
const MAX_HEIGHT_PX = 260;

// Memoised like the kanban's virtual columns: it re-renders when the preview changes, not with the dialog.
export const CsvPreviewTable = memo(function CsvPreviewTable({ posts, settings }: { posts: readonly PreviewPost[]; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    // Rendered before it is measured (a dialog's first frame): show the first rows anyway.
    initialRect: { width: 800, height: 260 },
  });
  const audienceName = (id: string) => {
    const audience = settings.audiences.find((candidate) => candidate.id === id);
    return audience ? localized(audience.label) : id;
  };
  const status = (id: string) => localized(STATUSES.find((candidate) => candidate.id === id)?.label ?? { sv: id, en: id });
  const headers = [t('exportPackage.csv.date'), t('exportPackage.csv.time'), t('exportPackage.csv.channel'), t('exportPackage.csv.title'), t('exportPackage.csv.status'), t('exportPackage.csv.audiences'), t('csvImport.rowsColumn')];
  return (
    <div className="csv-table" role="table" aria-label={t('csvImport.postsTable')} aria-rowcount={posts.length + 1}>
      <div role="rowgroup">
        <div role="row" className="csv-row csv-head" aria-rowindex={1}>
          {headers.map((header) => (
            <span key={header} role="columnheader">
              {header}
            </span>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="csv-scroll" role="rowgroup" style={{ height: Math.min(MAX_HEIGHT_PX, posts.length * ROW_PX) }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const post = posts[row.index] as PreviewPost;
            return (
              <div key={row.key} role="row" className="csv-row" aria-rowindex={row.index + 2} style={{ transform: `translateY(${row.start}px)` }}>
                <span role="cell">{post.date ?? t('csvImport.unscheduled')}</span>
                <span role="cell">{post.time ?? ''}</span>
                <span role="cell">{post.variants.map((variant) => localized(channelSettings(settings, variant.channel).label)).join(', ')}</span>
                <span role="cell" className="csv-title">{post.title || t('editor.untitled')}</span>
                <span role="cell">{status(post.status)}</span>
                <span role="cell">{post.audiences.map(audienceName).join(', ')}</span>
                <span role="cell">{post.rows.join(', ')}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
