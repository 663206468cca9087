import { useMemo, useState, type ReactNode } from 'react';
import type { Plan } from '../../../src-shared/plan/model';
import { isoWeek, shiftDays } from '../../../src-shared/calendar/dates';
import { channelSettings } from '../../../src-shared/settings/policy';
import type { PublishEntry } from '../../../src-shared/publishing/publish-list';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLightTranslation, useLocalized } from '../../i18n';
import { FirstScreen, useWholeListDrawn } from '../../lib/first-screen';
import { useNow } from '../../lib/now';
import { DonePost } from './DonePost';
import { keptPublishList } from './kept-list';
import { PublishPost } from './PublishPost';
import './publish.css';

/**
 * The latest late posts shown at first, and how many more each ask shows. A plan that kept
 * approved posts for years has thousands that are late (4,209 in the bench's plan of 10,000):
 * drawing them all took the view 90 s, and the officer's hour is about the recent ones.
 */
const OVERDUE_SHOWN = 20;
const OVERDUE_MORE = 50;

/**
 * The officer's publishing hour (DESIGN §3): late posts first, then this week's approved posts
 * per channel, so each network is opened once; what is already out stays below, quiet.
 */
export function PublishView({ plan }: { plan: Plan }) {
  const { t } = useLightTranslation();
  const localized = useLocalized();
  const now = useNow();
  const today = now.slice(0, 10);
  const [weeksAhead, setWeeksAhead] = useState<0 | 1>(0);
  const [overdueShown, setOverdueShown] = useState(OVERDUE_SHOWN);
  const week = isoWeek(shiftDays(today, 7 * weeksAhead));
  const list = useMemo(
    () => keptPublishList(plan.items, plan.settings, now, weeksAhead),
    [plan.items, plan.settings, now, weeksAhead],
  );
  // The latest ones, still oldest first: the older come in above them.
  const olderOverdue = Math.max(0, list.overdue.length - overdueShown);
  // The first screen's posts come with the view, the rest one render later.
  const whole = useWholeListDrawn();
  const screen = new FirstScreen(whole);
  const overdue = screen.take(list.overdue.slice(olderOverdue));
  const channels = list.channels.flatMap(({ channel, entries }) => (screen.full ? [] : [{ channel, entries: screen.take(entries), count: entries.length }]));
  const post = (entry: PublishEntry, showChannel: boolean) => (
    <PublishPost key={entry.key} entry={entry} settings={plan.settings} today={today} showChannel={showChannel} />
  );

  return (
    <section className="publish-view" aria-labelledby="publish-heading" data-drawn={whole ? 'all' : 'first-screen'}>
      <header className="publish-header">
        <h1 id="publish-heading" tabIndex={-1}>
          {t('publish.title')}
        </h1>
        <p>{t(weeksAhead === 0 ? 'publish.intro' : 'publish.introNextWeek', { week })}</p>
        <div className="segmented" role="group" aria-label={t('publish.weekChoice')}>
          {([0, 1] as const).map((ahead) => (
            <button key={ahead} type="button" aria-pressed={weeksAhead === ahead} onClick={() => setWeeksAhead(ahead)}>
              {t(ahead === 0 ? 'publish.thisWeek' : 'publish.nextWeek')}
            </button>
          ))}
        </div>
      </header>
      {list.overdue.length > 0 && (
        <PublishSection id="publish-overdue" tone="overdue" heading={t('publish.overdue')} count={list.overdue.length}>
          {olderOverdue > 0 && (
            <p className="publish-older">
              {t('publish.olderOverdue', { count: olderOverdue })}{' '}
              <button type="button" className="small" onClick={() => setOverdueShown((shown) => shown + OVERDUE_MORE)}>
                {t('publish.showOlder', { count: Math.min(OVERDUE_MORE, olderOverdue) })}
              </button>
            </p>
          )}
          {overdue.map((entry) => post(entry, true))}
        </PublishSection>
      )}
      {channels.map(({ channel, entries, count }) => (
        <PublishSection
          key={channel}
          id={`publish-channel-${channel}`}
          heading={localized(channelSettings(plan.settings, channel).label)}
          badge={<ChannelBadge channel={channel} settings={plan.settings} />}
          count={count}
        >
          {entries.map((entry) => post(entry, false))}
        </PublishSection>
      ))}
      {list.overdue.length === 0 && list.channels.length === 0 && (
        <div className="publish-nothing">
          <p>{t(weeksAhead === 0 ? 'publish.empty' : 'publish.emptyNextWeek')}</p>
          <p className="field-hint">{t('publish.emptyHint')}</p>
        </div>
      )}
      {whole && list.done.length > 0 && (
        <section className="publish-section publish-done" aria-labelledby="publish-done-heading">
          <h2 id="publish-done-heading" className="publish-section-heading">
            {t(weeksAhead === 0 ? 'publish.done' : 'publish.doneNextWeek')} <span className="publish-count">{t('publish.postCount', { count: list.done.length })}</span>
          </h2>
          <ul className="publish-done-list">
            {list.done.map((entry) => (
              <DonePost key={entry.key} entry={entry} settings={plan.settings} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function PublishSection({
  id,
  heading,
  badge,
  count,
  tone,
  children,
}: {
  id: string;
  heading: string;
  badge?: ReactNode;
  count: number;
  tone?: 'overdue';
  children: ReactNode;
}) {
  const { t } = useLightTranslation();
  return (
    <section className="publish-section" data-tone={tone} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="publish-section-heading">
        {/* The channel's badge is its name, in its colour. */}
        {badge ?? heading}
        <span className="publish-count">{t('publish.postCount', { count })}</span>
      </h2>
      <div className="publish-posts">{children}</div>
    </section>
  );
}
