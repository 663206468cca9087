import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Copy } from 'lucide-react';
import { channelReadyParts, websiteHtml } from '../../../src-shared/channels';
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';
import { writeClipboard } from '../../lib/clipboard';

/**
 * Puts exactly the channel-ready text on the clipboard: the function the export uses too. The
 * website's page also goes as HTML, as the package's .html file has it, so it pastes formatted.
 */
export function CopyButton({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const parts = channelReadyParts(item, variant, settings);
  // A thread says that it copies every part, split by blank lines; each part has its own button in the preview.
  const label = parts.length > 1 ? t('planningPolish.preview.copyAll', { count: parts.length }) : t('editor.copy');
  const copy = async () => {
    try {
      await writeClipboard(parts.join('\n\n'), variant.channel === 'website' ? websiteHtml(item, variant) : undefined);
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
