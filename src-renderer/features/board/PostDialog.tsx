// A post opened from the board view: read-only, with its full text per channel exactly as it
// will be published (the same postText the copy button uses). Radix handles focus and Escape.
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { BoardPost } from '../../../src-shared/board/posts';
import { postText } from '../../../src-shared/channels';
import type { Settings, Variant } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { STATUSES } from '../../../src-shared/settings/policy';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useNames } from './labels';

export function PostDialog({ post, settings, onClose }: { post: BoardPost | null; settings: Settings; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames(settings);
  return (
    <Dialog.Root open={post !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="board-dialog-overlay" />
        {post && (
          <Dialog.Content className="board-dialog">
            <header className="board-dialog-head">
              <div>
                <Dialog.Title>{post.item.title || t('board.untitled')}</Dialog.Title>
                <Dialog.Description className="board-dialog-meta">
                  {formatDay(post.date, names.language, 'EEEE d MMMM yyyy')}
                  {post.time ? ` · ${post.time}` : ''} · {STATUSES.find((s) => s.id === post.item.status)?.label[names.language]}{' '}
                  · {post.item.audiences.map(names.audience).join(', ') || t('board.noAudience')}
                </Dialog.Description>
              </div>
              <Dialog.Close className="ghost icon" aria-label={t('board.close')}>
                <X size={16} aria-hidden />
              </Dialog.Close>
            </header>
            <h3 className="board-dialog-section">{t('board.texts')}</h3>
            {post.item.variants.length === 0 && <p className="board-muted">{t('board.noChannel')}</p>}
            {post.item.variants.map((variant) => (
              <VariantText key={variant.channel} variant={variant} post={post} settings={settings} />
            ))}
          </Dialog.Content>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function VariantText({ variant, post, settings }: { variant: Variant; post: BoardPost; settings: Settings }) {
  const { t } = useTranslation();
  const names = useNames(settings);
  const { language } = names;
  const text = postText(post.item, variant, settings);
  const ownDate = variant.date ?? null;
  return (
    <section className="board-variant" aria-label={names.channel(variant.channel)}>
      <h4>
        <ChannelBadge channel={variant.channel} settings={settings} />
        {ownDate && (
          <span className="board-muted">
            {' '}
            {t('board.ownDate', {
              when: `${formatDay(ownDate, language, 'EEE d MMM')}${variant.time ? ` ${variant.time}` : ''}`,
            })}
          </span>
        )}
      </h4>
      {text ? <p className="board-variant-text">{text}</p> : <p className="board-muted">{t('board.noText')}</p>}
      {(variant.mediaNote || variant.altText) && (
        <dl className="board-variant-media">
          {variant.mediaNote && (
            <>
              <dt>{t('board.mediaNote')}</dt>
              <dd>{variant.mediaNote}</dd>
            </>
          )}
          {variant.altText && (
            <>
              <dt>{t('board.altText')}</dt>
              <dd>{variant.altText}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
