import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltering, matchesFilter, valuesFromFilter } from '../../../src-shared/plan/filters';
import type { Settings, StatusId } from '../../../src-shared/plan/model';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { newItemId } from '../../lib/ids';

export function QuickAdd({ status, columnLabel }: { status: StatusId; columnLabel: string }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const [title, setTitle] = useState('');
  const { filter, clearFilter, showToast } = useUiStore();

  /**
   * A post added while a filter is on takes the filter's audience, tag, owner and channel, so it
   * does not vanish as it is made; if the filter still hides it (status, search), a toast says
   * so and offers to clear the filter.
   */
  async function create(trimmed: string) {
    const id = newItemId();
    const settings = plans.getState().plan?.settings;
    const fromFilter = isFiltering(filter) ? withoutRetired(valuesFromFilter(filter), settings) : {};
    const step = await apply({ type: 'item.create', id, title: trimmed, status, ...fromFilter });
    const item = plans.getState().model.held.table.get(id);
    if (!step || !item || matchesFilter(item, filter)) return;
    showToast(t('quickAdd.hidden', { title: trimmed }), null, { label: t('filter.clear'), run: clearFilter });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    setTitle('');
    void create(trimmed);
  }

  return (
    <form className="quick-add" onSubmit={submit}>
      <input
        type="text"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        placeholder={t('kanban.quickAddPlaceholder')}
        aria-label={t('kanban.quickAddLabel', { column: columnLabel })}
        maxLength={500}
      />
      <button type="submit" aria-label={t('kanban.quickAddLabel', { column: columnLabel })} disabled={!title.trim()}>
        +
      </button>
    </form>
  );
}

/** An archived audience or a channel turned off is offered for no new post, not even through a filter. */
function withoutRetired<T extends { audiences: string[]; channels: string[] }>(values: T, settings: Settings | undefined): T {
  const archived = new Set(settings?.audiences.filter((a) => a.archived).map((a) => a.id));
  const off = new Set<string>(settings?.channels.filter((c) => !c.enabled).map((c) => c.id));
  return {
    ...values,
    audiences: values.audiences.filter((id) => !archived.has(id)),
    channels: values.channels.filter((id) => !off.has(id)),
  };
}
