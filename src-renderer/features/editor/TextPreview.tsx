import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { containsLink, countFor, hashtagsOf, postText, splitThread, xDoubleWeightRanges } from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';

interface Props {
  item: ContentItem;
  variant: Variant;
  settings: Settings;
  countId: string;
}

/** Live feedback while writing: the count, X's thread length, the characters X counts double. The network-look preview is in preview/. */
export function TextPreview({ item, variant, settings, countId }: Props) {
  const { t } = useTranslation();
  const post = postText(item, variant, settings);
  const limit = channelSettings(settings, variant.channel).limit;
  const count = countFor(variant.channel, post, limit);
  const isX = variant.channel === 'x';
  const thread = isX && count.over ? splitThread(post, limit) : [];
  const doubles = isX ? xDoubleWeightRanges(post) : [];
  const hashtags = hashtagsOf(variant.text, variant.hashtags).length;

  return (
    <div className="text-preview">
      <p id={countId} className="counter" data-over={(count.over && !isX) || undefined} aria-live="polite">
        <span className="counter-number">
          {count.used} / {count.limit}
        </span>{' '}
        {isX ? t('editor.weightedCount') : t('editor.characterCount')}
        {isX && thread.length > 1 && <strong> · {t('editor.threadOf', { count: thread.length })}</strong>}
        {!isX && count.over && <strong> · {t('editor.overBy', { count: count.used - count.limit })}</strong>}
      </p>
      {variant.channel === 'instagram' && (
        <p className="counter" data-over={hashtags > settings.instagramHashtagLimit || undefined}>
          {t('editor.hashtagCount', { count: hashtags, limit: settings.instagramHashtagLimit })}
          {containsLink(variant.text) && <strong> · {t('editor.instagramLink')}</strong>}
        </p>
      )}
      {doubles.length > 0 && (
        <div className="preview-block">
          <p className="field-hint">{t('editor.doubleWeight')}</p>
          <p className="preview-text">{highlight(post, doubles)}</p>
        </div>
      )}
    </div>
  );
}

function highlight(text: string, ranges: Array<{ start: number; end: number }>): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
