import { useEffect, useState } from 'react';
import { useLightTranslation } from '../../i18n';
import { Check, Copy } from 'lucide-react';
import { writeClipboard } from '../../lib/clipboard';

/**
 * Copies one given text (and its HTML, for a website page); says so beside the button for a moment
 * (a live region for screen readers).
 */
export function CopyText({ text, html, label, describedBy }: { text: string; html?: string; label: string; describedBy: string }) {
  const { t } = useLightTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await writeClipboard(text, html);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="publish-copy">
      <button type="button" className="small" aria-describedby={describedBy} onClick={() => void copy()}>
        {state === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />} {label}
      </button>
      <span role="status" className="publish-copy-status">
        {state === 'copied' ? t('publish.copied') : state === 'failed' ? t('publish.copyFailed') : ''}
      </span>
    </span>
  );
}
