import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Copy } from 'lucide-react';
import { channelReadyParts } from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';

/** Puts exactly the channel-ready text on the clipboard: the function the export uses too. */
export function CopyButton({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const parts = channelReadyParts(item, variant, settings);
  // A thread says that it copies every part, split by blank lines; each part has its own button in the preview.
  const label = parts.length > 1 ? t('planningPolish.preview.copyAll', { count: parts.length }) : t('editor.copy');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(parts.join('\n\n'));
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <span className="copy">
      <button type="button" className="primary" onClick={() => void copy()}>
        {state === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />} {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('editor.copied') : state === 'failed' ? t('editor.copyFailed') : ''}
      </span>
    </span>
  );
}
