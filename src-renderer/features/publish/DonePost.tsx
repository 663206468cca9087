import { useLightTranslation } from '../../i18n';
import { CheckCircle2 } from 'lucide-react';
import type { Settings } from '../../../src-shared/plan/model';
import type { PublishEntry } from '../../../src-shared/publishing/publish-list';
import { ChannelBadge } from '../../components/ChannelBadge';
import { formatWhen } from '../../lib/format';
import { focusPost, postTitleId } from './focus';
import { localDayAndTime } from './when';
import { usePublishActions } from './usePublishActions';
import { isLiveUrl } from '../../../src-shared/publishing/live-post';
import { useUiStore } from '../../app/ui-store';
import { useApi } from '../../app/app-context';

/** A post already out this week: one quiet line, with its live address and a way to take the mark back. */
export function DonePost({ entry, settings }: { entry: PublishEntry; settings: Settings }) {
  const { t, i18n } = useLightTranslation();
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
      {variant.publishedUrl && <LiveLink url={variant.publishedUrl} />}
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

/**
 * The live post's address as a link that opens in the system browser (the app's window never
 * navigates away). Only http and https are links; anything else stays text.
 */
function LiveLink({ url }: { url: string }) {
  const { t } = useLightTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const api = useApi();
  if (!isLiveUrl(url)) return <span className="publish-done-url">{url}</span>;
  const open = async () => {
    try {
      const { opened } = await api['app:open-link']({ url });
      // The browser harness is a browser already: a new tab is its system browser.
      if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
    } catch (error) {
      showToast(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <a
      className="publish-done-url"
      href={url}
      title={t('publish.openLink', { url })}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      {url}
    </a>
  );
}
