import { useTranslation } from 'react-i18next';
import { channelReadyParts, postText } from '../../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../../src-shared/plan/model';
import { channelSettings } from '../../../../src-shared/settings/policy';
import { useLocalized } from '../../../i18n';
import { FoldedPost } from './FoldedPost';
import { WebsitePreview } from './WebsitePreview';
import { XThreadPreview } from './XThreadPreview';
import { PreviewImages } from '../../media/PreviewImages';
import { mediaFor } from '../../../../src-shared/media/for-channel';
import './preview.css';

/** Förhandsvisning: the post styled as its network shows it, from the very text that is copied and exported. */
export function ChannelPreview({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const channel = channelSettings(settings, variant.channel);
  const name = settings.organisationName.trim() || 'Kanalplan';
  const headingId = `preview-${variant.channel}-heading`;
  const empty = variant.text.trim() === '' && (variant.channel !== 'website' || variant.lead.trim() === '');
  return (
    <section
      className={`net-preview channel-${variant.channel}`}
      aria-labelledby={headingId}
      data-testid={`preview-${variant.channel}`}
    >
      <h4 id={headingId} className="pv-heading">
        <span aria-hidden>{t('planningPolish.preview.heading')}</span>
        <span className="visually-hidden">{t('planningPolish.preview.label', { channel: localized(channel.label) })}</span>
      </h4>
      {empty ? (
        <p className="pv-empty">{t('planningPolish.preview.empty')}</p>
      ) : variant.channel === 'website' ? (
        <WebsitePreview item={item} variant={variant} settings={settings} />
      ) : variant.channel === 'x' ? (
        <>
          <XThreadPreview parts={channelReadyParts(item, variant, settings)} name={name} limit={channel.limit} />
          <PreviewImages channel="x" media={mediaFor(item, 'x')} />
        </>
      ) : (
        <FoldedPost
          channel={variant.channel}
          text={postText(item, variant, settings)}
          name={name}
          variant={variant}
          media={mediaFor(item, variant.channel)}
        />
      )}
    </section>
  );
}
