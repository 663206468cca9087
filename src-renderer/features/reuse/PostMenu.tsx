// A card's menu (right-click, Shift+F10 or the menu key on a card): open, duplicate, save as a
// template. React Aria's menu, beside the card it was opened from; focus goes back there.
import { Menu, MenuItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAppParts } from '../../app/app-context';
import { useUiStore } from '../../app/ui-store';
import { shortcutWords } from '../../lib/format';
import { duplicatePost } from './duplicate';
import { useReuseDialogs } from './reuse-dialogs';
import './reuse.css';

export function PostMenu() {
  const { t } = useTranslation();
  const menu = useReuseDialogs((state) => state.postMenu);
  const { close, showSaveTemplate } = useReuseDialogs();
  const openEditor = useUiStore((state) => state.openEditor);
  const parts = useAppParts();
  if (!menu) return null;
  const title = document.querySelector(`[data-post-id="${CSS.escape(menu.id)}"]`)?.getAttribute('aria-label') ?? '';
  const run = (action: string) => {
    close();
    if (action === 'open') openEditor(menu.id);
    if (action === 'duplicate') void duplicatePost(parts, menu.id, t);
    if (action === 'template') showSaveTemplate(menu.id);
  };
  return (
    <Popover
      className="post-menu-popover"
      triggerRef={{ current: menu.anchor }}
      isOpen
      placement="bottom start"
      onOpenChange={(open) => {
        if (open) return;
        close();
        if (menu.anchor.isConnected) menu.anchor.focus();
      }}
    >
      <Menu className="post-menu" aria-label={t('duplicate.cardMenu', { title })} autoFocus="first" onAction={(key) => run(String(key))}>
        <MenuItem id="open" className="post-menu-item">
          {t('duplicate.open')}
        </MenuItem>
        <ReuseItems />
      </Menu>
    </Popover>
  );
}

/** "Duplicera" and "Spara som mall…": in a card's menu and in the editor's. */
export function ReuseItems() {
  const { t } = useTranslation();
  return (
    <>
      <MenuItem id="duplicate" className="post-menu-item" textValue={t('duplicate.action')}>
        {t('duplicate.action')} <kbd>{shortcutWords('D')}</kbd>
      </MenuItem>
      <MenuItem id="template" className="post-menu-item">
        {t('templates.save')}
      </MenuItem>
    </>
  );
}
