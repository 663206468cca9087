// The editor's menu (the "…" in its header): duplicate the post, or save it as a template.
import { Button, Menu, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Ellipsis } from 'lucide-react';
import { useAppParts } from '../../app/app-context';
import { duplicatePost } from './duplicate';
import { ReuseItems } from './PostMenu';
import { useReuseDialogs } from './reuse-dialogs';
import './reuse.css';

export function EditorMenu({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const parts = useAppParts();
  const showSaveTemplate = useReuseDialogs((state) => state.showSaveTemplate);
  return (
    <MenuTrigger>
      <Button className="ghost icon" aria-label={t('duplicate.cardMenu', { title: title || t('editor.untitled') })}>
        <Ellipsis size={16} aria-hidden />
      </Button>
      <Popover className="post-menu-popover" placement="bottom end">
        <Menu
          className="post-menu"
          onAction={(key) => (key === 'duplicate' ? void duplicatePost(parts, id, t) : showSaveTemplate(id))}
        >
          <ReuseItems />
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
