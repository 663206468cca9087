import { useTranslation } from 'react-i18next';
import { AlertTriangle, CircleAlert, Info } from 'lucide-react';
import type { Finding } from '../../../src-shared/checks/checks';
import type { ContentItem } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { useSay } from '../../i18n';

const ICONS = { error: CircleAlert, warning: AlertTriangle, info: Info };

/** What the checks found (already most serious first), each with its fix where there is one. */
export function Findings({ findings }: { item: ContentItem; findings: Finding[] }) {
  const { t } = useTranslation();
  const say = useSay();
  const apply = usePlanStore((state) => state.apply);
  if (findings.length === 0) return <p className="findings-ok">{t('checks.allGood')}</p>;
  return (
    <ul className="findings" aria-label={t('checks.heading')}>
      {findings.map((finding, index) => {
        const Icon = ICONS[finding.severity];
        return (
          <li key={`${finding.rule}-${finding.channel ?? ''}-${index}`} className={`finding finding-${finding.severity}`}>
            <Icon size={14} aria-hidden />
            <span className="visually-hidden">{t(`checks.severity.${finding.severity}`)}: </span>
            <span className="finding-message">{say(finding.message)}</span>
            {finding.fix && (
              <button type="button" className="ghost small" onClick={() => finding.fix && void apply(finding.fix.command)}>
                {say(finding.fix.label)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
