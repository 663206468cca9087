import { useId, useState } from 'react';
import { useLightTranslation } from '../../i18n';
import { channelReadyParts, websiteHtml } from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';
import { CopyText } from './CopyText';

/** Past this many characters a post shows folded: a website article would fill the screen. */
const FOLD_AT = 420;

/**
 * Exactly what is pasted, part by part: an X thread gets one box and one copy button per part,
 * each copying that part and nothing else.
 */
export function ReadyText({
  item,
  variant,
  settings,
  label,
  describedBy,
}: {
  item: ContentItem;
  variant: Variant;
  settings: Settings;
  label: string;
  describedBy: string;
}) {
  const { t } = useLightTranslation();
  const parts = channelReadyParts(item, variant, settings);
  if (parts.every((part) => part.trim() === '')) return <p className="publish-empty-text">{t('publish.emptyText')}</p>;
  if (parts.length === 1) {
    return (
      <div className="publish-part">
        <Foldable text={parts[0] as string} />
        <CopyText
          text={parts[0] as string}
          html={variant.channel === 'website' ? websiteHtml(item, variant) : undefined}
          label={t('publish.copy')}
          describedBy={describedBy}
        />
      </div>
    );
  }
  return (
    <ol className="publish-thread" aria-label={label}>
      {parts.map((part, index) => {
        const numbers = { part: index + 1, count: parts.length };
        return (
          <li key={index} className="publish-part">
            <p className="publish-text">{part}</p>
            <CopyText text={part} label={t('publish.copyPart', numbers)} describedBy={describedBy} />
          </li>
        );
      })}
    </ol>
  );
}

/** A long text shows its start and a button to show it whole; the copy button copies it whole either way. */
function Foldable({ text }: { text: string }) {
  const { t } = useLightTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_AT;
  return (
    <div className="publish-foldable">
      <p id={id} className="publish-text" data-folded={(long && !open) || undefined}>
        {text}
      </p>
      {long && (
        <button type="button" className="ghost small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('publish.showLess') : t('publish.showAll')}
        </button>
      )}
    </div>
  );
}
