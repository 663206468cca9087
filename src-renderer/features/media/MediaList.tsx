// The post's images in order, each with its thumbnail, alt text and channels. Reordered by drag
// or by keyboard (Space to lift, arrows, Space to drop) as the kanban is, with dnd-kit.
import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContentItem, MediaRef, Settings } from '../../../src-shared/plan/model';
import { TEXT_LIMITS } from '../../../src-shared/plan/model';
import { goesTo, isVideo, mediaChannelsOf, thumbnailOf, toggledChannels } from '../../../src-shared/media/for-channel';
import { channelSettings } from '../../../src-shared/settings/policy';
import { useDragSensors } from '../../lib/dnd';
import { useLocalized } from '../../i18n';
import { TextArea } from '../../components/fields';
import type { PlanCommand } from '../../../src-shared/plan/commands';
import { sizeText } from './size-text';

type Apply = (command: PlanCommand) => unknown;

export function MediaList({ item, settings, apply }: { item: ContentItem; settings: Settings; apply: Apply }) {
  const { t } = useTranslation();
  const media = item.media ?? [];
  const sensors = useDragSensors(sortableKeyboardCoordinates);
  const place = (id: string | number) => media.findIndex((ref) => ref.id === id) + 1;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    apply({ type: 'media.move', id: item.id, mediaId: String(active.id), index: place(over.id) - 1 });
  };
  const announcements = {
    onDragStart: ({ active }: { active: { id: string | number } }) => t('media.announce.start', { number: place(active.id) }),
    onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over ? t('media.announce.over', { from: place(active.id), to: place(over.id) }) : undefined,
    onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over
        ? t('media.announce.end', { from: place(active.id), to: place(over.id) })
        : t('media.announce.cancel', { from: place(active.id) }),
    onDragCancel: ({ active }: { active: { id: string | number } }) => t('media.announce.cancel', { from: place(active.id) }),
  };
  if (media.length === 0) return <p className="media-none">{t('media.none')}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
      <SortableContext items={media.map((ref) => ref.id)} strategy={verticalListSortingStrategy}>
        <ol className="media-list">
          {media.map((ref, index) => (
            <MediaEntry key={ref.id} item={item} settings={settings} media={ref} number={index + 1} count={media.length} apply={apply} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface EntryProps {
  item: ContentItem;
  settings: Settings;
  media: MediaRef;
  number: number;
  count: number;
  apply: Apply;
}

function MediaEntry({ item, settings, media, number, count, apply }: EntryProps) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: media.id });
  const update = (patch: { altText?: string; channels?: string[] | null }) =>
    apply({ type: 'media.update', id: item.id, mediaId: media.id, patch });
  const label = t(isVideo(media) ? 'media.video' : 'media.image', { number, count });
  const altId = `media-alt-${media.id}`;
  return (
    <li
      ref={setNodeRef}
      className="media-entry"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={label}
    >
      <button type="button" className="ghost icon media-grip" aria-label={t('media.dragHandle', { number })} {...attributes} {...listeners}>
        <GripVertical size={16} aria-hidden />
      </button>
      <div className="media-thumb">
        {isVideo(media) ? (
          <span className="media-video">MP4</span>
        ) : (
          <img src={`media/${thumbnailOf(media)}`} alt="" loading="lazy" width={96} height={96} />
        )}
      </div>
      <div className="media-fields">
        <p className="media-facts">
          <span className="media-label">{label}</span>{' '}
          {media.width !== null && media.height !== null
            ? t('media.sizeLine', { width: media.width, height: media.height, size: sizeText(t, media.bytes, i18n.language) })
            : t('media.videoLine', { size: sizeText(t, media.bytes, i18n.language) })}
        </p>
        <label htmlFor={altId} className="media-alt-label">
          {t('media.altText')}
        </label>
        <TextArea
          id={altId}
          rows={2}
          value={media.altText}
          placeholder={t('media.altHint')}
          onChange={(altText) => update({ altText })}
          maxLength={TEXT_LIMITS.altText}
        />
        <fieldset className="media-channels">
          <legend>{t('media.channels')}</legend>
          {mediaChannelsOf(item).map((channel) => (
            <label key={channel}>
              <input
                type="checkbox"
                checked={goesTo(media, channel)}
                onChange={(event) => update({ channels: toggledChannels(item, media, channel, event.target.checked) })}
              />
              {localized(channelSettings(settings, channel).label)}
            </label>
          ))}
        </fieldset>
      </div>
      <button
        type="button"
        className="ghost icon danger"
        aria-label={t('media.remove', { number })}
        onClick={() => apply({ type: 'media.remove', id: item.id, mediaId: media.id })}
      >
        <Trash2 size={14} aria-hidden />
      </button>
    </li>
  );
}
