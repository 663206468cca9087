// The period's posts by ISO week ("v. 49"), each a row that opens the post read-only.
import { useLightTranslation } from '../../i18n';
import { postExcerpt, type BoardPost, type BoardWeek } from '../../../src-shared/board/posts';
import type { Settings } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { STATUSES } from '../../../src-shared/settings/policy';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useNames } from './labels';
import { FirstScreen, useWholeListDrawn } from '../../lib/first-screen';

export function BoardWeeks({
  weeks,
  settings,
  onOpen,
}: {
  weeks: BoardWeek[];
  settings: Settings;
  onOpen: (post: BoardPost) => void;
}) {
  const { t } = useLightTranslation();
  const { language } = useNames(settings);
  // Four weeks of a busy plan are a thousand elements below the summary: the first few posts
  // come with the view, the rest one render later.
  const whole = useWholeListDrawn();
  const screen = new FirstScreen(whole);
  const shown = weeks.flatMap((week) => (screen.full ? [] : [{ ...week, posts: screen.take(week.posts) }]));
  return (
    <div className="board-weeks" data-drawn={whole ? 'all' : 'first-screen'}>
      {shown.map((week) => (
        <section key={week.monday} className="board-week" aria-labelledby={`week-${week.monday}`}>
          <h2 id={`week-${week.monday}`}>
            {t('board.weekShort', { week: week.week })}
            <span className="board-week-range">
              {formatDay(week.monday, language, 'd MMM')} – {formatDay(week.sunday, language, 'd MMM')}
            </span>
          </h2>
          {week.posts.length === 0 ? (
            <p className="board-muted">{t('board.noPosts')}</p>
          ) : (
            <ul className="board-posts">
              {week.posts.map((post) => (
                <li key={post.key}>
                  <PostRow post={post} settings={settings} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

export function PostRow({ post, settings, onOpen }: { post: BoardPost; settings: Settings; onOpen?: (post: BoardPost) => void }) {
  const { t } = useLightTranslation();
  const names = useNames(settings);
  const title = post.item.title || t('board.untitled');
  const excerpt = postExcerpt(post);
  const status = STATUSES.find((candidate) => candidate.id === post.item.status)?.label[names.language] ?? post.item.status;
  const when = `${formatDay(post.date, names.language, 'EEEE d MMMM')}${post.time ? ` ${post.time}` : ''}`;
  const body = (
    <>
      <span className="board-when">
        {formatDay(post.date, names.language, 'EEE d MMM')}
        <span className="board-time">{post.time ?? t('board.noTime')}</span>
      </span>
      <span className="board-post-main">
        <span className="board-post-title">{title}</span>
        <span className="board-post-meta">
          {post.variants.length === 0 && <span className="board-muted">{t('board.noChannel')}</span>}
          {post.variants.map((variant) => (
            <ChannelBadge key={variant.channel} channel={variant.channel} settings={settings} />
          ))}
          <span className="board-audiences">{post.item.audiences.map(names.audience).join(', ') || t('board.noAudience')}</span>
        </span>
        {excerpt && <span className="board-excerpt">{excerpt}</span>}
      </span>
      <span className={`board-status status-${post.item.status}`}>{status}</span>
    </>
  );
  if (!onOpen) return <div className="board-post">{body}</div>;
  return (
    <button
      type="button"
      className="board-post"
      aria-label={`${t('board.openPost', { title })}, ${when}, ${status}`}
      onClick={() => onOpen(post)}
    >
      {body}
    </button>
  );
}
