// "Nytt från mall…" (Ctrl+Shift+N, Arkiv, the kanban): the templates with a filter by name; the
// chosen one becomes a new idea, opened in the editor. Enter in the filter takes the first match.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { newItemId } from '../../lib/ids';
import { useReuseDialogs } from './reuse-dialogs';
import '../settings/settings.css';
import './reuse.css';

export function FromTemplateDialog() {
  const { t } = useTranslation();
  const open = useReuseDialogs((state) => state.fromTemplate);
  const close = useReuseDialogs((state) => state.close);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="settings-overlay" />
        <Dialog.Content className="settings-dialog">
          <Dialog.Title>{t('templates.pickTitle')}</Dialog.Title>
          <Dialog.Description>{t('templates.pickIntro')}</Dialog.Description>
          {open && <TemplatePicker />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function TemplatePicker() {
  const { t } = useTranslation();
  const templates = usePlanStore((state) => state.plan?.settings.templates) ?? [];
  const apply = usePlanStore((state) => state.apply);
  const close = useReuseDialogs((state) => state.close);
  const uiStore = useAppParts().ui;
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLocaleLowerCase();
  const shown = templates
    .filter((template) => template.name.toLocaleLowerCase().includes(wanted))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  const choose = async (templateId: string, name: string) => {
    const id = newItemId();
    close();
    const step = await apply({ type: 'item.fromTemplate', templateId, id });
    if (!step) return;
    const ui = uiStore.getState();
    if (ui.view !== 'kanban' && ui.view !== 'calendar') ui.setView('kanban');
    ui.openEditor(id);
    ui.showToast(t('templates.created', { name }), step);
  };

  if (templates.length === 0) return <p>{t('templates.none')}</p>;
  return (
    <>
      <input
        type="search"
        aria-label={t('templates.filter')}
        placeholder={t('templates.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          const first = shown[0];
          if (event.key === 'Enter' && first) void choose(first.id, first.name);
        }}
      />
      {shown.length === 0 ? (
        <p role="status">{t('templates.noMatch', { filter })}</p>
      ) : (
        <ul className="reuse-list" aria-label={t('templates.section')}>
          {shown.map((template) => (
            <li key={template.id}>
              <button type="button" onClick={() => void choose(template.id, template.name)}>
                <span>{template.name}</span>
                <span className="reuse-meta">{t('templates.channelsCount', { count: template.content.variants.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
