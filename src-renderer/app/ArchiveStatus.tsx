import { useTranslation } from 'react-i18next';
import { isFiltering } from '../../src-shared/plan/filters';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';

/**
 * Says that the archive (old published posts) is not here yet, and offers to read it again if
 * that failed. In the filter bar (`search`) only while a search or filter is on; beside a period
 * (the board, the export) whenever it is missing, since a period in the past is then incomplete.
 * Silent once the archive is in.
 */
export function ArchiveStatus({ scope = 'search' }: { scope?: 'search' | 'period' }) {
  const { t } = useTranslation();
  const archive = usePlanStore((state) => state.archive);
  const retryArchive = usePlanStore((state) => state.retryArchive);
  const filtering = useUiStore((state) => isFiltering(state.filter));
  if (archive.state === 'failed') {
    return (
      <span role="status" className="archive-status">
        {t('scale.archiveFailed', { count: archive.count })}{' '}
        <button type="button" className="ghost small" onClick={() => void retryArchive()}>
          {t('scale.archiveRetry')}
        </button>
      </span>
    );
  }
  const text =
    archive.state !== 'loading'
      ? ''
      : scope === 'period'
        ? t('scale.archiveIncomplete', { count: archive.count })
        : filtering
          ? t('scale.archiveSearching', { count: archive.count })
          : '';
  return (
    <span role="status" className="archive-status">
      {text}
    </span>
  );
}
