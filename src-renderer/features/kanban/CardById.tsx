// A card that reads its own item from the plan by id, so an edit to one post re-renders that
// post's card alone: the column above it is not told about the change.
import { memo } from 'react';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanModel } from '../../app/plan-store';
import { SortableCard } from './SortableCard';

export const CardById = memo(function CardById({ id, settings }: { id: string; settings: Settings }) {
  const item = usePlanModel((model) => model.held.table.get(id));
  return item ? <SortableCard item={item} settings={settings} /> : null;
});
