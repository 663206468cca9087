import { useRef } from 'react';
import { AlertTriangle } from 'lucide-react';
import type { Settings } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import type { PublishEntry } from '../../../src-shared/publishing/publish-list';
import { useUiStore } from '../../app/ui-store';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLightTranslation, useLocalized } from '../../i18n';
import { focusAfterLeaving, postTitleId } from './focus';
import { PostWhen } from './PostWhen';
import { PublishForm } from './PublishForm';
import { ReadyText } from './ReadyText';
import { usePublishActions } from './usePublishActions';

/**
 * One post to publish: when, what (the ready text with its copy buttons, and the media to
 * attach), and the mark that it is out. `showChannel` where posts of several channels mix.
 */
export function PublishPost({
  entry,
  settings,
  today,
  showChannel,
}: {
  entry: PublishEntry;
  settings: Settings;
  today: string;
  showChannel: boolean;
}) {
  const { t } = useLightTranslation();
  const localized = useLocalized();
  const openEditor = useUiStore((state) => state.openEditor);
  const { item, variant } = entry;
  const { publish } = usePublishActions(item, variant, settings);
  const article = useRef<HTMLElement>(null);
  const publishAndMoveOn = async (url: string) => {
    const moveFocus = focusAfterLeaving(article.current);
    if (await publish(url)) moveFocus();
  };
  const idBase = `publish-${item.id}-${variant.channel}`;
  const titleId = postTitleId(item.id, variant.channel);
  const title = item.title || t('editor.untitled');
  const channel = localized(channelSettings(settings, variant.channel).label);

  return (
    <article ref={article} className="publish-post" data-overdue={entry.overdue || undefined} aria-labelledby={titleId}>
      <PostWhen date={entry.date} time={entry.time} today={today}>
        {entry.overdue && (
          <span className="publish-overdue">
            <AlertTriangle size={12} aria-hidden /> {t('publish.overdueBadge')}
          </span>
        )}
      </PostWhen>
      <div className="publish-body">
        <h3 className="publish-title">
          {showChannel && <ChannelBadge channel={variant.channel} settings={settings} />}
          <button type="button" id={titleId} className="publish-open" onClick={() => openEditor(item.id)}>
            {title}
          </button>
        </h3>
        <ReadyText
          item={item}
          variant={variant}
          settings={settings}
          label={t('publish.readyText', { channel })}
          describedBy={titleId}
        />
        <MediaNote mediaNote={variant.mediaNote} altText={variant.altText} />
      </div>
      <PublishForm idBase={idBase} describedBy={titleId} onPublish={publishAndMoveOn} />
    </article>
  );
}

/** What to attach: the officer needs it at hand while publishing, like the text. */
function MediaNote({ mediaNote, altText }: { mediaNote: string; altText: string }) {
  const { t } = useLightTranslation();
  if (mediaNote.trim() === '' && altText.trim() === '') return null;
  return (
    <dl className="publish-media">
      {mediaNote.trim() !== '' && (
        <div>
          <dt>{t('publish.media')}</dt>
          <dd>{mediaNote}</dd>
        </div>
      )}
      {altText.trim() !== '' && (
        <div>
          <dt>{t('publish.altText')}</dt>
          <dd>{altText}</dd>
        </div>
      )}
    </dl>
  );
}
