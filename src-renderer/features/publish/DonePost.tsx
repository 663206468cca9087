import { useTranslation } from 'react-i18next';
import { CheckCircle2 } from 'lucide-react';
import type { Settings } from '../../../src-shared/plan/model';
import type { PublishEntry } from '../../../src-shared/publishing/publish-list';
import { ChannelBadge } from '../../components/ChannelBadge';
import { formatWhen } from '../../lib/format';
import { focusPost, postTitleId } from './focus';
import { localDayAndTime } from './when';
import { usePublishActions } from './usePublishActions';

/** A post already out this week: one quiet line, with its live address and a way to take the mark back. */
export function DonePost({ entry, settings }: { entry: PublishEntry; settings: Settings }) {
  const { t, i18n } = useTranslation();
  const { item, variant } = entry;
  const { unpublish } = usePublishActions(item, variant, settings);
  const titleId = `done-${item.id}-${variant.channel}-title`;
  const at = variant.publishedAt ? localDayAndTime(variant.publishedAt) : null;
  return (
    <li className="publish-done-post" aria-labelledby={titleId}>
      <CheckCircle2 size={14} aria-hidden className="publish-done-icon" />
      <ChannelBadge channel={variant.channel} settings={settings} />
      <span id={titleId} className="publish-done-title">
        {item.title || t('editor.untitled')}
      </span>
      {at && (
        <span className="publish-done-when">
          {t('publish.publishedAt', { when: formatWhen(at.day, at.time, i18n.language) })}
        </span>
      )}
      {variant.publishedUrl && <span className="publish-done-url">{variant.publishedUrl}</span>}
      <button
        type="button"
        className="ghost small"
        aria-describedby={titleId}
        onClick={() => void unpublish().then((done) => done && focusPost(postTitleId(item.id, variant.channel)))}
      >
        {t('publish.unpublish')}
      </button>
    </li>
  );
}
