import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  containsLink,
  countFor,
  foldOffsets,
  hashtagsOf,
  postText,
  splitThread,
  xDoubleWeightRanges,
  xWeightedLength,
} from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/model';
import { channelSettings } from '../../../src-shared/policy';

interface Props {
  item: ContentItem;
  variant: Variant;
  settings: Settings;
  countId: string;
}

/** Live feedback on the post as it will be published: the count, X's thread, the "se mer" fold. */
export function TextPreview({ item, variant, settings, countId }: Props) {
  const { t } = useTranslation();
  const post = postText(item, variant, settings);
  const limit = channelSettings(settings, variant.channel).limit;
  const count = countFor(variant.channel, post, limit);
  const isX = variant.channel === 'x';
  const thread = isX && count.over ? splitThread(post, limit) : [];
  const doubles = isX ? xDoubleWeightRanges(post) : [];
  const folds = foldOffsets(variant.channel, post);
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
      {thread.length > 1 && (
        <ol className="thread" aria-label={t('editor.threadOf', { count: thread.length })}>
          {thread.map((part, index) => (
            <li key={index} className="thread-part">
              <p className="preview-text">{part}</p>
              <span className="counter-number">
                {xWeightedLength(part)} / {limit}
              </span>
            </li>
          ))}
        </ol>
      )}
      {folds.length > 0 && (
        <div className="preview-block">
          <p className="field-hint">{t('editor.foldHint')}</p>
          <p className="preview-text">{withFolds(post, folds, (label) => t(`editor.fold.${label}`))}</p>
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

function withFolds(text: string, folds: Array<{ label: string; offset: number }>, name: (label: string) => string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { label, offset } of folds) {
    parts.push(
      text.slice(at, offset),
      <span key={label} className="fold-marker">
        {name(label)}
      </span>,
    );
    at = offset;
  }
  parts.push(
    <span key="rest" className="after-fold">
      {text.slice(at)}
    </span>,
  );
  return parts;
}
