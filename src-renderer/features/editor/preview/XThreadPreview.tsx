import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { countFor } from '../../../../src-shared/channels';
import { CopyText } from '../../publish/CopyText';
import { PostHeader, handleOf } from './PostHeader';
import { PostText } from './rich-text';

/** X: the thread as its posts, one under the other, each with its count and its own copy button. */
export function XThreadPreview({ parts, name, limit }: { parts: string[]; name: string; limit: number }) {
  const { t } = useTranslation();
  const id = useId();
  const count = parts.length;
  return (
    <ol className="pv-thread" aria-label={t('planningPolish.preview.thread', { count })} id={id}>
      {parts.map((part, index) => {
        const numbers = { part: index + 1, count };
        const weight = countFor('x', part, limit);
        return (
          <li key={index} className="pv-card pv-x-post" aria-label={t('planningPolish.preview.part', numbers)}>
            <PostHeader name={name} handle={handleOf(name)} />
            <p className="pv-text">
              <PostText text={part} />
            </p>
            <div className="pv-footer">
              <span className="pv-count" data-over={weight.over || undefined}>
                {weight.used} / {limit}
              </span>
              {count > 1 && <CopyText text={part} label={t('planningPolish.preview.copyPart', numbers)} describedBy={id} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
