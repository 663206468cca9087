import { useTranslation } from 'react-i18next';
import { slugify } from '../../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../../src-shared/plan/model';
import { MarkdownPage } from './rich-text';

/** The website: the page as a reader meets it, its address, title, lead and body. */
export function WebsitePreview({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const base = settings.websiteBaseUrl.replace(/\/+$/, '');
  const address = `${base}/${variant.slug || slugify(item.title)}`;
  return (
    <div className="pv-card pv-website">
      <div className="pv-address" aria-label={t('planningPolish.preview.page', { site: base })}>
        {address}
      </div>
      <div className="pv-page">
        <p className="pv-page-title">{item.title.trim() || t('planningPolish.preview.untitled')}</p>
        {variant.lead.trim() && <p className="pv-lead">{variant.lead.trim()}</p>}
        <MarkdownPage text={variant.text} />
      </div>
    </div>
  );
}
