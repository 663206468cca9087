import type { ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { ChannelId } from '../../../src-shared/model';
import { cellId } from './drop-targets';

export function DropCell({
  date,
  channel,
  className,
  children,
  label,
}: {
  date: string;
  channel: ChannelId | null;
  className: string;
  children: ReactNode;
  label: string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: cellId(date, channel) });
  return (
    <div
      ref={setNodeRef}
      className={className}
      data-over={isOver || undefined}
      data-date={date}
      data-channel={channel ?? undefined}
      role="gridcell"
      aria-label={label}
    >
      {children}
    </div>
  );
}
