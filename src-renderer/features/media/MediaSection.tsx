// "Bilder" in the editor: the post's images, "Lägg till bild…" (the OS dialog through main in
// Electron, the page's file chooser in the browser harness) and the refusals, each naming its file.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ImagePlus } from 'lucide-react';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { useApi, useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { useSay } from '../../i18n';
import { sectionAttribute } from '../../lib/editor-place';
import { useAttach } from './attach';
import { MediaList } from './MediaList';
import './media.css';

export const MEDIA_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime,.jpg,.jpeg,.png,.webp,.gif,.mp4,.mov';

export function MediaSection({ item, settings, attacher }: { item: ContentItem; settings: Settings; attacher: ReturnType<typeof useAttach> }) {
  const { t } = useTranslation();
  const say = useSay();
  const apply = usePlanStore((state) => state.apply);
  const { inElectron } = useAppParts();
  const input = useRef<HTMLInputElement>(null);
  const { attach, refusals, busy, dismiss } = attacher;
  const choose = () => (inElectron ? void attach(null) : input.current?.click());
  return (
    <section className="media-section" aria-labelledby="media-heading" {...sectionAttribute('media')}>
      <h3 id="media-heading">{t('media.heading')}</h3>
      <MediaList item={item} settings={settings} apply={apply} />
      <div className="media-add">
        <button type="button" onClick={choose} disabled={busy} aria-busy={busy || undefined}>
          <ImagePlus size={14} aria-hidden /> {t('media.add')}
        </button>
        <span className="media-hint">{t('media.dropHint')}</span>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={MEDIA_ACCEPT}
          data-testid="media-file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void attach(files);
          }}
        />
      </div>
      {refusals.length > 0 && (
        <div role="alert" className="media-refusals">
          <ul>
            {refusals.map((refusal, index) => (
              <li key={`${index}-${refusal.name}`}>{say(refusal.message)}</li>
            ))}
          </ul>
          <button type="button" className="ghost" onClick={dismiss}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The editor's attacher, shared by the section's button and a drop anywhere on the panel. */
export function useEditorAttach(item: ContentItem) {
  const api = useApi();
  const apply = usePlanStore((state) => state.apply);
  return useAttach(api, item, apply);
}
