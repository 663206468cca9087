// "Spara som mall…" from the editor or a card's menu: the post's content under a name the user
// gives (its title to begin with), kept in the plan as one undoable step.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { contentOf } from '../../../src-shared/templates/content';
import type { ContentItem } from '../../../src-shared/plan/model';
import { usePlanModel } from '../../app/plan-store';
import { newItemId } from '../../lib/ids';
import { useReuseDialogs } from './reuse-dialogs';
import { useToldApply } from './use-told-apply';
import '../settings/settings.css';

export function SaveTemplateDialog() {
  const { t } = useTranslation();
  const id = useReuseDialogs((state) => state.saveTemplateOf);
  const close = useReuseDialogs((state) => state.close);
  const item = usePlanModel((model) => (id === null ? undefined : model.held.table.get(id)));
  return (
    <Dialog.Root open={item !== undefined} onOpenChange={(next) => !next && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="settings-overlay" />
        <Dialog.Content className="settings-dialog">
          <Dialog.Title>{t('templates.saveTitle')}</Dialog.Title>
          <Dialog.Description>{t('templates.saveIntro')}</Dialog.Description>
          {item && <SaveForm item={item} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SaveForm({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const toldApply = useToldApply();
  const close = useReuseDialogs((state) => state.close);
  const [name, setName] = useState(item.title);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    close();
    await toldApply({ type: 'template.put', template: { id: newItemId(), name: trimmed.slice(0, 200), content: contentOf(item) } }, t('templates.saved', { name: trimmed }));
  };
  return (
    <form className="field-stack" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="template-name">{t('templates.name')}</label>
        <input id="template-name" type="text" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} required />
      </div>
      <div className="settings-dialog-actions">
        <Dialog.Close asChild>
          <button type="button">{t('templates.cancel')}</button>
        </Dialog.Close>
        <button type="submit" className="primary" disabled={name.trim() === ''}>
          {t('templates.saveButton')}
        </button>
      </div>
    </form>
  );
}
