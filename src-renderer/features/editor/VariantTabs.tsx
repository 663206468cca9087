import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Tabs from '@radix-ui/react-tabs';
import type { ChannelId, ContentItem, Settings } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { useEditorApply } from '../series/series-scope';
import { useUiStore } from '../../app/ui-store';
import { useLocalized } from '../../i18n';
import { channelLook } from '../../lib/channel-look';
import { VariantEditor } from './VariantEditor';
import { OwnTimeNote } from '../../components/OwnTimeNote';
import { hasOwnTime } from '../../../src-shared/calendar/scheduling';
import type { EditorPlace } from '../../lib/editor-place';

const channelOf = (place: EditorPlace | null) => (place && 'channel' in place ? place.channel : undefined);

/** A tab per channel variant, and a way to add one for each enabled channel not yet used. */
export function VariantTabs({ item, settings }: { item: ContentItem; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = useEditorApply();
  const requested = useUiStore((state) => state.editorPlace);
  const [selected, setSelected] = useState<string | undefined>(channelOf(requested) ?? item.variants[0]?.channel);
  // A chip or a finding asks for its channel's tab, also when the editor is open already.
  const [seenRequest, setSeenRequest] = useState(requested);
  if (requested !== seenRequest) {
    setSeenRequest(requested);
    const channel = channelOf(requested);
    if (channel) setSelected(channel);
  }
  const used = new Set(item.variants.map((v) => v.channel));
  const addable = settings.channels.filter((c) => c.enabled && !used.has(c.id));
  const current = item.variants.some((v) => v.channel === selected) ? selected : item.variants[0]?.channel;

  const add = (channel: ChannelId) => {
    setSelected(channel);
    void apply({ type: 'variant.add', id: item.id, channel });
  };

  return (
    <section className="variants" aria-labelledby="variants-heading">
      <div className="variants-header">
        <h3 id="variants-heading">{t('editor.channels')}</h3>
        {addable.length > 0 && (
          <select
            aria-label={t('editor.addVariant')}
            value=""
            onChange={(event) => event.target.value && add(event.target.value)}
          >
            <option value="">{t('editor.addVariant')}</option>
            {addable.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {localized(channel.label)}
              </option>
            ))}
          </select>
        )}
      </div>
      {item.variants.length === 0 ? (
        <p className="field-hint">{t('editor.noVariants')}</p>
      ) : (
        <Tabs.Root value={current} onValueChange={setSelected}>
          <Tabs.List className="tab-list" aria-label={t('editor.channels')}>
            {item.variants.map((variant) => (
              <Tabs.Trigger
                key={variant.channel}
                value={variant.channel}
                className={`tab ${channelLook(settings, variant.channel).className}`}
                style={channelLook(settings, variant.channel).style}
              >
                {localized(channelSettings(settings, variant.channel).label)}
                {hasOwnTime(variant) && <OwnTimeNote item={item} variant={variant} settings={settings} withChannel={false} />}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {item.variants.map((variant) => (
            <Tabs.Content key={variant.channel} value={variant.channel} className="tab-panel">
              <VariantEditor item={item} variant={variant} settings={settings} />
            </Tabs.Content>
          ))}
        </Tabs.Root>
      )}
    </section>
  );
}
