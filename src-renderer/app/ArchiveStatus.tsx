import { useTranslation } from 'react-i18next';
import { isFiltering } from '../../src-shared/filters';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';

/**
 * In the filter bar: says that a search or filter does not yet cover the archive while it is
 * read, and offers to read it again if that failed. Silent otherwise.
 */
export function ArchiveStatus() {
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
  return (
    <span role="status" className="archive-status">
      {archive.state === 'loading' && filtering ? t('scale.archiveSearching', { count: archive.count }) : ''}
    </span>
  );
}
