// The post's images on a kanban card (small thumbnails, loaded lazily) and on a calendar chip
// (a mark with the count for that chip's channel): the officer sees at a glance which posts are
// still waiting for their pictures.
import { ImageIcon } from 'lucide-react';
import { useLightTranslation } from '../../i18n';
import type { ChannelId, ContentItem } from '../../../src-shared/plan/model';
import { isVideo, mediaFor, thumbnailOf } from '../../../src-shared/media/for-channel';
import './media.css';

const SHOWN = 3;

export function CardImages({ item }: { item: ContentItem }) {
  const { t } = useLightTranslation();
  const media = item.media ?? [];
  if (media.length === 0) return null;
  const more = media.length - SHOWN;
  return (
    <p className="card-images" role="img" aria-label={t('media.mark', { count: media.length })}>
      {media.slice(0, SHOWN).map((ref) =>
        isVideo(ref) ? (
          <span key={ref.id} className="card-video" aria-hidden />
        ) : (
          <img key={ref.id} src={`media/${thumbnailOf(ref)}`} alt="" loading="lazy" decoding="async" width={40} height={40} />
        ),
      )}
      {more > 0 && <span className="card-more">+{more}</span>}
    </p>
  );
}

export function ChipImageMark({ item, channel }: { item: ContentItem; channel: ChannelId | null }) {
  const count = channel === null ? (item.media ?? []).length : mediaFor(item, channel).length;
  if (count === 0) return null;
  return (
    <span className="chip-images" aria-hidden>
      <ImageIcon size={11} />
      {count > 1 && count}
    </span>
  );
}
