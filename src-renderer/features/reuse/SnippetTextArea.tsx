// A channel's text with its snippets at hand (issue 19, item 4): "Infoga textbit" beside the
// field, or "/" typed at the start of a line, opens the channel's snippets; the one chosen goes in
// at the cursor (in place of that "/"). It is then text like any other: the counter, the X thread
// and Instagram's hashtag limit count it.
import { useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { TextQuote } from 'lucide-react';
import { insertSnippet, isSlashAtLineStart, snippetsFor } from '../../../src-shared/snippets/insert';
import type { ChannelId, Settings } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { TextArea } from '../../components/fields';
import { useLocalized } from '../../i18n';
import './reuse.css';

type Props = ComponentProps<typeof TextArea> & { channel: ChannelId; settings: Settings };

export function SnippetTextArea({ channel, settings, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const field = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  // Where the snippet goes: the selection when the list opened, with the "/" that opened it.
  const place = useRef({ start: 0, end: 0 });
  const snippets = snippetsFor(settings, channel);
  const channelName = localized(channelSettings(settings, channel).label);

  const openAt = (start: number, end: number) => {
    place.current = { start, end };
    setOpen(true);
  };
  const insert = (id: string) => {
    const snippet = snippets.find((candidate) => candidate.id === id);
    if (!snippet) return;
    const { text, caret } = insertSnippet(value, place.current.start, place.current.end, snippet.text);
    onChange(text);
    // After the menu has given focus back: the cursor goes just after what was inserted.
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(caret, caret);
    });
  };

  return (
    <div className="snippet-field">
      <TextArea
        {...rest}
        ref={field}
        value={value}
        onChange={onChange}
        aria-keyshortcuts="/"
        onKeyUp={(event) => {
          const element = event.currentTarget;
          if (event.key === '/' && isSlashAtLineStart(element.value, element.selectionStart)) {
            openAt(element.selectionStart - 1, element.selectionStart);
          }
        }}
      />
      <MenuTrigger
        isOpen={open}
        onOpenChange={(next) => {
          if (next) openAt(field.current?.selectionStart ?? value.length, field.current?.selectionEnd ?? value.length);
          else setOpen(false);
        }}
      >
        <Button className="ghost small snippet-button">
          <TextQuote size={14} aria-hidden /> {t('snippets.insert')}
        </Button>
        <Popover className="post-menu-popover" placement="bottom start">
          <Menu
            className="post-menu"
            // Opened by "/" the list has no key press of its own to focus an item: the first one is.
            autoFocus="first"
            onAction={(key) => insert(String(key))}
            renderEmptyState={() => <p className="snippet-empty">{t('snippets.none', { channel: channelName })}</p>}
          >
            {snippets.map((snippet) => (
              <MenuItem key={snippet.id} id={snippet.id} className="post-menu-item snippet-item" textValue={snippet.name}>
                <span>{snippet.name}</span>
                <span className="reuse-meta">{snippet.text.slice(0, 40)}</span>
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
    </div>
  );
}
