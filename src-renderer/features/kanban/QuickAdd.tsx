import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusId } from '../../../src-shared/model';
import { usePlanStore } from '../../app/plan-store';
import { newItemId } from '../../lib/ids';

export function QuickAdd({ status, columnLabel }: { status: StatusId; columnLabel: string }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const [title, setTitle] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    setTitle('');
    void apply({ type: 'item.create', id: newItemId(), title: trimmed, status });
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
