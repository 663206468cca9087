// Mallar (issue 19, item 2): the templates "Nytt från mall…" offers, renamed, edited and removed
// here. A template is saved from the editor ("Spara som mall…"); its texts are edited per channel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentVariant, PostContent, Settings, Template } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { useToldApply } from '../reuse/use-told-apply';
import { useLocalized } from '../../i18n';
import { AudiencePicker } from '../editor/AudiencePicker';
import { formatHashtags, formatTags, parseHashtags, parseTags } from '../../lib/lists';
import { DraftField } from './DraftField';
import { SectionHeading } from './SectionHeading';
import { useReuseCommit } from './use-reuse-commit';
import '../reuse/reuse.css';

export function TemplatesSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby="settings-templates-title">
      <SectionHeading id="settings-templates-title" title={t('templates.section')} intro={t('templates.sectionIntro')} />
      {settings.templates.length === 0 && <p className="settings-muted">{t('templates.none')}</p>}
      <div className="settings-list">
        {settings.templates.map((template) => (
          <TemplateCard key={template.id} template={template} settings={settings} />
        ))}
      </div>
    </section>
  );
}

function TemplateCard({ template, settings }: { template: Template; settings: Settings }) {
  const { t } = useTranslation();
  const toldApply = useToldApply();
  const [open, setOpen] = useState(false);
  const { content } = template;
  const remove = () => toldApply({ type: 'template.remove', id: template.id }, t('templates.removed', { name: template.name }));
  return (
    <div role="group" aria-label={template.name} className="settings-card template-card">
      <div className="snippet-row">
        <span className="template-name">
          {template.name} <span className="reuse-meta">{t('templates.channelsCount', { count: content.variants.length })}</span>
        </span>
        <button type="button" className="small" aria-expanded={open} aria-label={t('templates.edit', { name: template.name })} onClick={() => setOpen(!open)}>
          {t(open ? 'templates.done' : 'templates.editShort')}
        </button>
        <button type="button" className="small ghost danger" aria-label={t('templates.remove', { name: template.name })} onClick={() => void remove()}>
          {t('templates.removeShort')}
        </button>
      </div>
      {open && <TemplateFields template={template} settings={settings} />}
    </div>
  );
}

function TemplateFields({ template, settings }: { template: Template; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const commit = useReuseCommit();
  const { content } = template;
  const put = (change: Partial<Template>) => commit({ type: 'template.put', template: { ...template, ...change } });
  const putContent = (change: Partial<PostContent>) => put({ content: { ...content, ...change } });
  const putVariant = (channel: string, change: Partial<ContentVariant>) =>
    putContent({ variants: content.variants.map((variant) => (variant.channel === channel ? { ...variant, ...change } : variant)) });
  return (
    <>
      <DraftField label={t('templates.name')} value={template.name} onCommit={(name) => put({ name })} />
      <DraftField label={t('templates.title')} value={content.title} onCommit={(title) => putContent({ title })} />
      <div className="field-row">
        <DraftField label={t('templates.owner')} value={content.owner} onCommit={(owner) => putContent({ owner })} />
        <DraftField label={t('templates.tags')} value={formatTags(content.tags)} onCommit={(tags) => putContent({ tags: parseTags(tags) })} />
      </div>
      <AudiencePicker item={content} settings={settings} onChange={(audiences) => void putContent({ audiences })} inEditor={false} />
      {content.variants.map((variant) => {
        const channel = localized(channelSettings(settings, variant.channel).label);
        return (
          <div key={variant.channel} className="template-variant">
            <DraftField label={t('templates.channelText', { channel })} value={variant.text} multiline onCommit={(text) => putVariant(variant.channel, { text })} />
            {/* The website's page has no hashtags, as in the editor. */}
            {variant.channel !== 'website' && (
              <DraftField
                label={t('templates.hashtags', { channel })}
                value={formatHashtags(variant.hashtags)}
                onCommit={(hashtags) => putVariant(variant.channel, { hashtags: parseHashtags(hashtags) })}
              />
            )}
          </div>
        );
      })}
    </>
  );
}
