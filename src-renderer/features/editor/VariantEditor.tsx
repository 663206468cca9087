import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { carriesMedia, hubUrl } from '../../../src-shared/channels';
import { TEXT_LIMITS, type ContentItem, type Settings, type Variant } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { useEditorApply } from '../series/series-scope';
import { useLocalized } from '../../i18n';
import { channelLook } from '../../lib/channel-look';
import { CopyButton } from './CopyButton';
import { TextPreview } from './TextPreview';
import { WebsiteFields } from './WebsiteFields';
import { OwnTimeFields } from './OwnTimeFields';
import { ChannelPreview } from './preview/ChannelPreview';
import { Field, ListInput, TextArea, TextInput } from '../../components/fields';
import { SnippetTextArea } from '../reuse/SnippetTextArea';
import { formatHashtags, parseHashtags } from '../../lib/lists';

type VariantPatch = Partial<Omit<Variant, 'channel'>>;

/** One channel's version of the item: its purpose from the policy, its text and its rules. */
export function VariantEditor({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = useEditorApply();
  const channel = channelSettings(settings, variant.channel);
  const update = (patch: VariantPatch) => void apply({ type: 'variant.update', id: item.id, channel: variant.channel, patch });
  const hub = variant.channel === 'website' ? null : hubUrl(item, settings);
  const textId = `variant-${variant.channel}-text`;
  const look = channelLook(settings, variant.channel);

  return (
    <div className={`variant-editor ${look.className}`} style={look.style}>
      <p className="channel-purpose">
        <strong>{t('editor.purpose')}:</strong> {localized(channel.purpose)}
      </p>
      <OwnTimeFields item={item} variant={variant} settings={settings} />
      <div className="variant-layout">
        <div className="variant-form">
          {variant.channel === 'website' ? (
            <WebsiteFields item={item} variant={variant} settings={settings} update={update} />
          ) : (
            <>
              <Field label={t('editor.text')} htmlFor={textId}>
                <SnippetTextArea
                  id={textId}
                  rows={7}
                  value={variant.text}
                  onChange={(text) => update({ text })}
                  maxLength={TEXT_LIMITS.text}
                  aria-describedby={`${textId}-count`}
                  channel={variant.channel}
                  settings={settings}
                />
              </Field>
              <TextPreview item={item} variant={variant} settings={settings} countId={`${textId}-count`} />
              <Field label={t('editor.hashtags')} htmlFor={`${textId}-tags`} hint={t('editor.hashtagsHint')}>
                <ListInput
                  id={`${textId}-tags`}
                  values={variant.hashtags}
                  parse={parseHashtags}
                  format={formatHashtags}
                  onChange={(hashtags) => update({ hashtags })}
                />
              </Field>
              {variant.channel !== 'instagram' && (
                <Field
                  label={t('editor.link')}
                  htmlFor={`${textId}-link`}
                  hint={hub ? t('editor.linkDefault', { url: hub }) : t('editor.linkHint')}
                >
                  <TextInput
                    id={`${textId}-link`}
                    value={variant.link}
                    placeholder={hub ?? ''}
                    onChange={(link) => update({ link })}
                    maxLength={TEXT_LIMITS.link}
                  />
                </Field>
              )}
              {carriesMedia(variant.channel) && (
                <div className="field-row">
                  <Field label={t('editor.mediaNote')} htmlFor={`${textId}-media`}>
                    <TextArea
                      id={`${textId}-media`}
                      rows={2}
                      value={variant.mediaNote}
                      onChange={(mediaNote) => update({ mediaNote })}
                      maxLength={TEXT_LIMITS.mediaNote}
                    />
                  </Field>
                  <Field label={t('editor.altText')} htmlFor={`${textId}-alt`}>
                    <TextArea
                      id={`${textId}-alt`}
                      rows={2}
                      value={variant.altText}
                      onChange={(altText) => update({ altText })}
                      maxLength={TEXT_LIMITS.altText}
                    />
                  </Field>
                </div>
              )}
            </>
          )}
        </div>
        <ChannelPreview item={item} variant={variant} settings={settings} />
      </div>
      <div className="variant-actions">
        <CopyButton item={item} variant={variant} settings={settings} />
        <button
          type="button"
          className="ghost danger"
          onClick={() => void apply({ type: 'variant.remove', id: item.id, channel: variant.channel })}
        >
          <Trash2 size={14} aria-hidden /> {t('editor.removeVariant', { channel: localized(channel.label) })}
        </button>
      </div>
    </div>
  );
}
