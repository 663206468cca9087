// Totals for the period: posts per status and per channel.
import { useTranslation } from 'react-i18next';
import type { BoardTotals as Totals } from '../../../src-shared/board/posts';
import type { Settings } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { useNames } from './labels';

export function BoardTotals({ totals, settings }: { totals: Totals; settings: Settings }) {
  const { t } = useTranslation();
  const names = useNames(settings);
  return (
    <section className="board-card board-totals" aria-labelledby="board-totals-title">
      <h2 id="board-totals-title">
        {t('board.totals')}: {t('board.postCount', { count: totals.posts })}
      </h2>
      <div className="board-totals-lists">
        <div>
          <h3 id="board-by-status">{t('board.byStatus')}</h3>
          <dl aria-labelledby="board-by-status">
            {STATUSES.map((status) => (
              <div key={status.id}>
                <dt>{status.label[names.language]}</dt>
                <dd>{totals.byStatus[status.id]}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h3 id="board-by-channel">{t('board.byChannel')}</h3>
          <dl aria-labelledby="board-by-channel">
            {totals.byChannel.map(({ channel, count }) => (
              <div key={channel}>
                <dt>{names.channel(channel)}</dt>
                <dd>{count}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}
