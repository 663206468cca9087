// Presentationsläge: one week at a time in large type for the projector. Full screen where the
// browser allows it, otherwise a fixed overlay that fills the window; arrow keys step through
// the weeks, Escape leaves (the browser's own Escape leaves full screen, which leaves too).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import type { BoardWeek } from '../../../src-shared/board/posts';
import type { Settings } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { PostRow } from './BoardWeeks';
import { useNames } from './labels';

export function PresentationMode({ weeks, settings, onLeave }: { weeks: BoardWeek[]; settings: Settings; onLeave: () => void }) {
  const { t } = useTranslation();
  const { language } = useNames(settings);
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const step = useCallback((by: number) => setIndex((i) => Math.min(weeks.length - 1, Math.max(0, i + by))), [weeks.length]);
  useFullscreen(root, onLeave);
  useInertApp();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown') step(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') step(-1);
      else if (event.key === 'Escape') onLeave();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, onLeave]);

  const week = weeks[index];
  if (!week) return null;
  // On <body>, outside the app, so the rest of the app can be made inert while presenting.
  return createPortal(
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-labelledby="presentation-title" tabIndex={-1}>
      <header className="presentation-head">
        <h1 id="presentation-title" aria-live="polite">
          {t('board.weekShort', { week: week.week })}
          <span className="presentation-range">
            {formatDay(week.monday, language, 'd MMMM')} – {formatDay(week.sunday, language, 'd MMMM yyyy')}
          </span>
        </h1>
        <p className="presentation-org">
          {settings.organisationName} · {t('board.weekOf', { index: index + 1, count: weeks.length })}
        </p>
      </header>
      {week.posts.length === 0 ? (
        <p className="presentation-empty">{t('board.noPosts')}</p>
      ) : (
        <ul className="presentation-posts">
          {week.posts.map((post) => (
            <li key={post.key}>
              <PostRow post={post} settings={settings} />
            </li>
          ))}
        </ul>
      )}
      <footer className="presentation-foot">
        <button type="button" aria-label={t('board.previousWeek')} disabled={index === 0} onClick={() => step(-1)}>
          <ChevronLeft size={24} aria-hidden />
        </button>
        <span>{t('board.presentationHint')}</span>
        <button type="button" aria-label={t('board.nextWeek')} disabled={index === weeks.length - 1} onClick={() => step(1)}>
          <ChevronRight size={24} aria-hidden />
        </button>
        <button type="button" className="presentation-leave" onClick={onLeave}>
          <X size={20} aria-hidden /> {t('board.leavePresentation')}
        </button>
      </footer>
    </div>,
    document.body,
  );
}

/** The app behind the presentation takes no focus and no clicks: Tab stays on the slides. */
function useInertApp(): void {
  useEffect(() => {
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    return () => app?.removeAttribute('inert');
  }, []);
}

/** Asks for full screen on mount and leaves it on unmount; leaving it by the browser ends the mode. */
function useFullscreen(root: RefObject<HTMLDivElement | null>, onLeave: () => void): void {
  useEffect(() => {
    const element = root.current;
    element?.focus();
    let entered = false;
    // Refused (no user gesture, a browser or kiosk policy): the fixed overlay already fills the window.
    element
      ?.requestFullscreen?.()
      .then(() => (entered = true))
      .catch(() => undefined);
    const onChange = () => {
      if (entered && !document.fullscreenElement) onLeave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [root, onLeave]);
}
