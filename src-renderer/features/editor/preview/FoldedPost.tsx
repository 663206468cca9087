import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bookmark, Heart, ImageIcon, MessageCircle, Send, ThumbsUp } from 'lucide-react';
import { FOLDS, graphemeLength } from '../../../../src-shared/channels';
import type { ChannelId, MediaRef, Variant } from '../../../../src-shared/plan/model';
import { PreviewImages } from '../../media/PreviewImages';
import { previewFold } from './folds';
import { PostHeader, handleOf } from './PostHeader';
import { PostText } from './rich-text';

/** Facebook, LinkedIn and Instagram: the post cut at its "se mer" fold, which opens it whole. */
export function FoldedPost({
  channel,
  text,
  name,
  variant,
  media = [],
}: {
  channel: ChannelId;
  text: string;
  name: string;
  variant: Variant;
  /** The post's images for this channel, in order. */
  media?: readonly MediaRef[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fold = previewFold(channel, text);
  const folded = fold !== null && !open;
  const shown = folded ? text.slice(0, fold).trimEnd() : text;
  const more = channel === 'instagram' ? t('planningPolish.preview.more') : t('planningPolish.preview.seeMore');
  const body = (
    <>
      <PostText text={shown} />
      {folded && (
        <>
          {' … '}
          <button
            type="button"
            className="pv-more"
            aria-label={t('planningPolish.preview.showAll')}
            onClick={() => setOpen(true)}
          >
            {more}
          </button>
        </>
      )}
    </>
  );
  const attached = media.length > 0 && <PreviewImages channel={channel} media={media} />;
  const image = channel === 'instagram' && (attached || (
    <div
      className="pv-image"
      role="img"
      aria-label={
        variant.altText ? t('planningPolish.preview.image', { alt: variant.altText }) : t('planningPolish.preview.noImage')
      }
    >
      <ImageIcon size={28} aria-hidden />
      <span>{variant.altText || t('planningPolish.preview.noImage')}</span>
    </div>
  ));
  return (
    <div className={`pv-card pv-${channel}`}>
      <PostHeader name={name} handle={channel === 'instagram' ? handleOf(name) : undefined} />
      {image}
      {channel === 'instagram' ? (
        <>
          <div className="pv-actions" aria-hidden>
            <Heart size={16} /> <MessageCircle size={16} /> <Send size={16} />
            <Bookmark size={16} className="pv-push" />
          </div>
          <p className="pv-text">
            <strong>{handleOf(name)}</strong> {body}
          </p>
        </>
      ) : (
        <>
          <p className="pv-text">{body}</p>
          {attached}
          <div className="pv-actions" aria-hidden>
            <ThumbsUp size={14} /> <MessageCircle size={14} /> <Send size={14} />
          </div>
        </>
      )}
      <FoldNotes channel={channel} length={graphemeLength(text)} />
    </div>
  );
}

/** Where the folds fall, in words: Facebook cuts earlier on a phone than on a computer. */
function FoldNotes({ channel, length }: { channel: ChannelId; length: number }) {
  const { t } = useTranslation();
  const folds = FOLDS[channel] ?? [];
  if (folds.length === 0) return null;
  return (
    <p className="pv-note">
      {folds
        .map((fold) =>
          t('planningPolish.preview.foldAt', { count: fold.at, where: t(`planningPolish.preview.foldWhere.${fold.label}`) }),
        )
        .join(' · ')}
      {length > 0 && ` · ${length} ${t('editor.characterCount')}`}
    </p>
  );
}
