// The header's count of failing checks, as a button that opens every finding in the plan,
// grouped by post; each finding opens its post in the editor at its channel's tab.
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { AlertTriangle, CircleAlert, Info, X } from 'lucide-react';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useLightTranslation, useSay } from '../../i18n';
import { FIRST_SCREEN_POSTS, useWholeListDrawn } from '../../lib/first-screen';
import { formatWhen } from '../../lib/format';
import { useNow } from '../../lib/now';
import { planFindings } from './plan-findings';
import { placeOf } from '../../lib/editor-place';
import './findings.css';

const ICONS = { error: CircleAlert, warning: AlertTriangle, info: Info };

/**
 * Posts listed at first, and how many more each ask lists. A plan of 10,000 posts with years of
 * drafts has thousands with findings (8,565 findings in the bench's uniform plan): listing them
 * all took the panel 12 s to open.
 */
const POSTS_SHOWN = 30;
const POSTS_MORE = 100;

/** `problems` is null while a large plan's first count is still being made. */
export function FindingsPanel({ problems }: { problems: number | null }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  // A finding that opened its post leaves the focus where the editor put it, not on this button.
  const openedPost = useRef(false);
  const label = problems === null ? t('scale.counting') : t('checks.headerCount', { count: problems });
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className={`header-checks${problems ? ' has-problems' : ''}`} aria-label={label} title={label}>
          <AlertTriangle size={14} aria-hidden /> {problems === null ? '…' : new Intl.NumberFormat(i18n.language).format(problems)}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="findings-overlay" />
        <Dialog.Content
          className="findings-panel"
          onCloseAutoFocus={(event) => {
            if (openedPost.current) event.preventDefault();
            openedPost.current = false;
          }}
        >
          {open && (
            <FindingsList
              onOpened={() => {
                openedPost.current = true;
                setOpen(false);
              }}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function FindingsList({ onOpened }: { onOpened: () => void }) {
  const { t, language } = useLightTranslation();
  const say = useSay();
  const now = useNow();
  const openEditor = useUiStore((state) => state.openEditor);
  const model = usePlanStore((state) => state.model);
  const version = usePlanStore((state) => state.version);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- the model changes in place; its version says when
  const groups = useMemo(() => planFindings(model, now), [model, version, now]);
  const [shown, setShown] = useState(POSTS_SHOWN);
  // The posts the panel's first screen holds come with it, the rest one render later.
  const whole = useWholeListDrawn();
  const listed = groups.slice(0, whole ? shown : Math.min(shown, FIRST_SCREEN_POSTS));
  const body = useRef<HTMLDivElement>(null);
  const more = groups.length - shown;
  // The first post just listed takes the focus: the button that asked moves below them all.
  const showMore = () => {
    flushSync(() => setShown(shown + POSTS_MORE));
    body.current?.querySelector<HTMLElement>(`[data-index="${shown}"] .findings-open`)?.focus();
  };
  return (
    <>
      <header className="findings-panel-header">
        <Dialog.Title>{t('findingsPanel.title')}</Dialog.Title>
        <Dialog.Close className="ghost icon" aria-label={t('findingsPanel.close')}>
          <X size={16} aria-hidden />
        </Dialog.Close>
      </header>
      <Dialog.Description className="findings-panel-description">
        {groups.length === 0 ? t('findingsPanel.none') : t('findingsPanel.description')}
      </Dialog.Description>
      <div className="findings-panel-body" ref={body} data-drawn={whole ? 'all' : 'first-screen'}>
        {listed.map(({ item }, index) => {
          const findings = model.checks.findings(item, now);
          const title = item.title.trim() || t('findingsPanel.untitled');
          const headingId = `findings-post-${item.id}`;
          return (
            <section key={item.id} className="findings-post" aria-labelledby={headingId} data-index={index}>
              <h3 id={headingId}>
                {title}
                {item.date && <span className="findings-post-when"> · {formatWhen(item.date, item.time, language, now.slice(0, 10))}</span>}
              </h3>
              <ul>
                {findings.map((finding, index) => {
                  const Icon = ICONS[finding.severity];
                  return (
                    <li key={`${finding.rule}-${finding.channel ?? ''}-${index}`} className={`finding-${finding.severity}`}>
                      <button
                        type="button"
                        className="findings-open"
                        onClick={() => {
                          onOpened();
                          openEditor(item.id, placeOf(finding));
                        }}
                      >
                        <Icon size={14} aria-hidden />
                        <span className="visually-hidden">{t(`checks.severity.${finding.severity}`)}: </span>
                        {say(finding.message)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        {whole && more > 0 && (
          <p className="findings-more">
            {t('findingsPanel.more', { count: more })}{' '}
            <button type="button" className="small" onClick={showMore}>
              {t('findingsPanel.showMore', { count: Math.min(POSTS_MORE, more) })}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
