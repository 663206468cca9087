import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { slugify } from '../../../src-shared/channels';
import { isLive } from '../../../src-shared/publishing/live-post';
import { TEXT_LIMITS, type ContentItem, type Settings, type Variant } from '../../../src-shared/plan/model';
import { SnippetTextArea } from '../reuse/SnippetTextArea';
import { Field, TextArea, TextInput } from '../../components/fields';
import '../publish/publish.css';

/** The hub: title (the item's), lead, Markdown body and the URL slug. */
export function WebsiteFields({
  item,
  variant,
  settings,
  update,
}: {
  item: ContentItem;
  variant: Variant;
  settings: Settings;
  update: (patch: Partial<Variant>) => void;
}) {
  const { t } = useTranslation();
  const warning = slugWarning(item);
  return (
    <>
      <Field label={t('editor.slug')} htmlFor="website-slug" hint={t('editor.slugHint', { slug: slugify(item.title) })}>
        <TextInput
          id="website-slug"
          value={variant.slug}
          placeholder={slugify(item.title)}
          aria-describedby={warning ? 'website-slug-warning' : undefined}
          onChange={(slug) => update({ slug })}
          maxLength={TEXT_LIMITS.slug}
        />
      </Field>
      {/* Editable on purpose (a typo in a live address can need fixing), but never by accident. */}
      {warning && (
        <p id="website-slug-warning" className="notice notice-warning slug-warning">
          <AlertTriangle size={14} aria-hidden /> {t(warning)}
        </p>
      )}
      <Field label={t('editor.lead')} htmlFor="website-lead">
        <TextArea
          id="website-lead"
          rows={3}
          value={variant.lead}
          onChange={(lead) => update({ lead })}
          maxLength={TEXT_LIMITS.lead}
        />
      </Field>
      <Field label={t('editor.body')} htmlFor="website-body" hint={t('editor.markdownHint')}>
        <SnippetTextArea
          id="website-body"
          rows={10}
          value={variant.text}
          onChange={(text) => update({ text })}
          maxLength={TEXT_LIMITS.text}
          channel="website"
          settings={settings}
        />
      </Field>
    </>
  );
}

/** Once approved the slug is fixed (the commands store it); once out, changing it breaks links. */
function slugWarning(item: ContentItem): 'publish.slugPublished' | 'publish.slugFixed' | null {
  if (item.variants.some((v) => v.publishedAt !== null)) return 'publish.slugPublished';
  return isLive(item) ? 'publish.slugFixed' : null;
}
