import { useTranslation } from 'react-i18next';
import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { Plan } from '../../../src-shared/plan/model';
import { countsByChannel, type ExportPost } from '../../../src-shared/export/select';
import { textsInPosts } from '../../../src-shared/export/summary';
import { useLanguage, useLocalized, useSay } from '../../i18n';
import { channelLook } from '../../lib/channel-look';
import { useNow } from '../../lib/now';
import { failingChecks } from './export-preview';

const ICONS = { error: CircleAlert, warning: AlertTriangle, info: AlertTriangle };

/**
 * What will go out: a count per channel, what the channel choice leaves out, and every check that
 * still fails, each opening its post.
 */
export function ExportSummary({
  posts,
  leftOut,
  plan,
  onOpenItem,
}: {
  posts: ExportPost[];
  /** Posts of the period and statuses on channels not chosen. */
  leftOut: ExportPost[];
  plan: Plan;
  onOpenItem: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const say = useSay();
  const now = useNow();
  const label = (channel: string) => {
    const found = plan.settings.channels.find((candidate) => candidate.id === channel);
    const name = found ? localized(found.label) : channel;
    return found?.enabled === false ? `${name} (${t('exportPackage.turnedOff')})` : name;
  };
  const leftOutNotice = leftOut.length > 0 && (
    <div className="export-left-out" role="note">
      <p>{t('exportDialog.leftOut', { summary: textsInPosts(leftOut, language) })}</p>
      <ul>
        {leftOut.map((post) => (
          <li key={`${post.item.id}-${post.channel}`}>
            {label(post.channel)} · {post.date}
            {post.time === null ? '' : ` ${post.time}`}: {post.item.title.trim() || t('exportPackage.untitled')}
          </li>
        ))}
      </ul>
    </div>
  );
  if (posts.length === 0)
    return (
      <>
        <p className="export-nothing">{t('exportDialog.nothing')}</p>
        {leftOutNotice}
      </>
    );
  const failing = failingChecks(posts, plan, now);
  return (
    <>
      <p className="export-total">{t('exportDialog.total', { summary: textsInPosts(posts, language) })}</p>
      <ul className="export-counts" aria-label={t('exportDialog.summary')}>
        {countsByChannel(posts, plan.settings).map(({ channel, count }) => (
          <li key={channel} className={channelLook(plan.settings, channel).className} style={channelLook(plan.settings, channel).style}>
            <span className="export-count-channel">{label(channel)}</span>
            <span className="export-count">{t('exportPackage.texts', { count })}</span>
          </li>
        ))}
      </ul>
      {leftOutNotice}
      <h3 className="export-subheading">{t('exportDialog.checksHeading')}</h3>
      {failing.length === 0 ? (
        <p className="findings-ok">{t('exportDialog.checksNone')}</p>
      ) : (
        <ul className="export-checks">
          {failing.map(({ item, findings }) => (
            <li key={item.id}>
              <button type="button" className="export-open-item" onClick={() => onOpenItem(item.id)}>
                {t('exportDialog.openItem', { title: item.title.trim() || t('exportPackage.untitled') })}
              </button>
              <ul className="findings">
                {findings.map((finding, index) => {
                  const Icon = ICONS[finding.severity];
                  return (
                    <li
                      key={`${finding.rule}-${finding.channel ?? ''}-${index}`}
                      className={`finding finding-${finding.severity}`}
                    >
                      <Icon size={14} aria-hidden />
                      <span className="visually-hidden">{t(`checks.severity.${finding.severity}`)}: </span>
                      <span className="finding-message">{say(finding.message)}</span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
