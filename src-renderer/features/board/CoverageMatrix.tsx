// The audiences × channels matrix (issue #8) with its flags: used by the board view for its
// period and by the calendar's panel for the week shown. Flags are words, not only colour.
import { useLightTranslation } from '../../i18n';
import { AlertTriangle } from 'lucide-react';
import type { Coverage, CoverageRow } from '../../../src-shared/board/coverage';
import type { Settings } from '../../../src-shared/plan/model';
import { useNames } from './labels';
import './board.css';

export function CoverageMatrix({ coverage, settings, captionId }: { coverage: Coverage; settings: Settings; captionId: string }) {
  const { t } = useLightTranslation();
  const names = useNames(settings);
  return (
    <div className="coverage">
      <CoverageSummary rows={coverage.rows} />
      {/* Focusable, so a keyboard can scroll it where the channels do not fit. */}
      <div className="coverage-scroll" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table className="coverage-table" aria-describedby={captionId}>
          <caption id={captionId}>{t('coverage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.audience')}</th>
              {coverage.channels.map((id) => (
                <th scope="col" key={id}>
                  {names.channel(id)}
                </th>
              ))}
              <th scope="col">{t('coverage.total')}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.audience.id} className={row.flag ? 'flagged' : undefined} data-flag={row.flag ?? undefined}>
                <th scope="row">
                  {names.audience(row.audience.id)}
                  {row.flag && (
                    <span className="coverage-flag">
                      <AlertTriangle size={12} aria-hidden />{' '}
                      {t(row.flag === 'unreached' ? 'coverage.unreached' : 'coverage.offPolicy')}
                    </span>
                  )}
                </th>
                {coverage.channels.map((id) => {
                  const count = row.counts.get(id) ?? 0;
                  const suggested = row.suggested.includes(id);
                  return (
                    <td key={id} className={`${suggested ? 'suggested' : ''}${count === 0 ? ' zero' : ''}`}>
                      {count}
                      {suggested && <span className="visually-hidden"> ({t('coverage.suggestedMark')})</span>}
                    </td>
                  );
                })}
                <td className="total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="coverage-legend">
        <span className="coverage-swatch" aria-hidden /> {t('coverage.legend')}
      </p>
    </div>
  );
}

function CoverageSummary({ rows }: { rows: readonly CoverageRow[] }) {
  const { t } = useLightTranslation();
  const unreached = rows.filter((row) => row.flag === 'unreached').length;
  const offPolicy = rows.filter((row) => row.flag === 'off-policy').length;
  if (unreached + offPolicy === 0) return <p className="coverage-summary ok">{t('coverage.allReached')}</p>;
  return (
    <p className="coverage-summary">
      {[
        unreached ? t('coverage.unreachedCount', { count: unreached }) : '',
        offPolicy ? t('coverage.offPolicyCount', { count: offPolicy }) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    </p>
  );
}
