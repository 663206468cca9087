import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Copy } from 'lucide-react';
import { channelReadyText } from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/model';

/** Puts exactly the channel-ready text on the clipboard: the function the export uses too. */
export function CopyButton({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(channelReadyText(item, variant, settings));
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <span className="copy">
      <button type="button" className="primary" onClick={() => void copy()}>
        {state === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />} {t('editor.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('editor.copied') : state === 'failed' ? t('editor.copyFailed') : ''}
      </span>
    </span>
  );
}
