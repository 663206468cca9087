import { useTranslation } from 'react-i18next';
import { slugify } from '../../../src-shared/channels';
import { TEXT_LIMITS, type ContentItem, type Variant } from '../../../src-shared/model';
import { Field, TextArea, TextInput } from '../../components/fields';

/** The hub: title (the item's), lead, Markdown body and the URL slug. */
export function WebsiteFields({
  item,
  variant,
  update,
}: {
  item: ContentItem;
  variant: Variant;
  update: (patch: Partial<Variant>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('editor.slug')} htmlFor="website-slug" hint={t('editor.slugHint', { slug: slugify(item.title) })}>
        <TextInput
          id="website-slug"
          value={variant.slug}
          placeholder={slugify(item.title)}
          onChange={(slug) => update({ slug })}
          maxLength={TEXT_LIMITS.slug}
        />
      </Field>
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
        <TextArea
          id="website-body"
          rows={10}
          value={variant.text}
          onChange={(text) => update({ text })}
          maxLength={TEXT_LIMITS.text}
        />
      </Field>
    </>
  );
}
