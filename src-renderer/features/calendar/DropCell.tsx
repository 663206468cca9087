import type { ReactNode } from 'react';
import { useLightTranslation } from '../../i18n';
import { useDroppable } from '@dnd-kit/core';
import type { ChannelId } from '../../../src-shared/plan/model';
import { useAppParts } from '../../app/app-context';
import { cellHandlers } from './cell-actions';
import { cellId } from './drop-targets';

export function DropCell({
  date,
  channel,
  className,
  children,
  label,
  tabbable = false,
}: {
  date: string;
  channel: ChannelId | null;
  className: string;
  children: ReactNode;
  label: string;
  /** The one cell of the grid that Tab reaches; arrow keys go on from there. */
  tabbable?: boolean;
}) {
  const { t } = useLightTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: cellId(date, channel) });
  const parts = useAppParts();
  return (
    <div
      ref={setNodeRef}
      className={className}
      data-over={isOver || undefined}
      data-date={date}
      data-channel={channel ?? undefined}
      role="gridcell"
      aria-label={label}
      aria-description={t('planningPolish.newPostHint')}
      tabIndex={tabbable ? 0 : -1}
      {...cellHandlers(parts, date, channel)}
    >
      {children}
    </div>
  );
}
