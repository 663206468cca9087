// The post's images in a network's preview, framed as that network frames them (MEDIA_RULES'
// shownAspect): Instagram a carousel in the first image's frame (4:5 to 1.91:1), X at 16:9 (a
// grid from two images on), Facebook and LinkedIn as Instagram. The thumbnail fills the frame and
// is cropped from its centre, as the feed crops it. Instagram's carousel can be stepped through:
// every slide takes the first image's frame there, so a later image may be cropped unlike alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { ChannelId, MediaRef } from '../../../src-shared/plan/model';
import { isVideo, thumbnailOf } from '../../../src-shared/media/for-channel';
import { shownAspectOf } from '../../../src-shared/media/rules';
import './media.css';

export function PreviewImages({ channel, media }: { channel: ChannelId; media: readonly MediaRef[] }) {
  const { t } = useTranslation();
  const [slide, setSlide] = useState(0);
  const images = media.filter((ref) => !isVideo(ref) && ref.width !== null && ref.height !== null);
  const [first] = images;
  if (!first) return null;
  const carousel = channel === 'instagram' || images.length === 1;
  // An image removed while a later slide showed: the last one that is left.
  const current = Math.min(slide, images.length - 1);
  const shown = carousel ? [images[current] ?? first] : images.slice(0, 4);
  const stepping = channel === 'instagram' && images.length > 1;
  const aspect = () => (carousel ? shownAspectOf(channel, first.width!, first.height!) : images.length === 2 ? 7 / 8 : 16 / 9);
  return (
    <figure className={`pv-media pv-media-${carousel ? 'single' : 'grid'}`} data-count={images.length}>
      {shown.map((ref) => (
        <img
          key={ref.id}
          src={`media/${thumbnailOf(ref)}`}
          alt={ref.altText}
          loading="lazy"
          style={{ aspectRatio: String(aspect()) }}
        />
      ))}
      {stepping && (
        <>
          <span className="pv-slide-count" aria-hidden>{`${current + 1}/${images.length}`}</span>
          {(
            [
              ['previous', current - 1, ChevronLeft],
              ['next', current + 1, ChevronRight],
            ] as const
          ).map(([step, to, Icon]) => (
            <button
              key={step}
              type="button"
              className={`pv-step pv-step-${step}`}
              aria-label={t(`media.${step}Slide`)}
              disabled={to < 0 || to >= images.length}
              onClick={() => setSlide(to)}
            >
              <Icon size={18} aria-hidden />
            </button>
          ))}
          <figcaption className="pv-carousel">
            <span className="pv-dots" aria-hidden>
              {images.map((ref, index) => (
                <span key={ref.id} data-current={index === current || undefined} />
              ))}
            </span>
            <span aria-live="polite">{t('media.carousel', { number: current + 1, count: images.length })}</span>
          </figcaption>
        </>
      )}
    </figure>
  );
}
