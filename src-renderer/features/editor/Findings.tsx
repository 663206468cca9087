import { useTranslation } from 'react-i18next';
import { AlertTriangle, CircleAlert, Info } from 'lucide-react';
import type { Finding } from '../../../src-shared/checks/checks';
import type { ContentItem } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useSay } from '../../i18n';
import { placeOf } from '../../lib/editor-place';

const ICONS = { error: CircleAlert, warning: AlertTriangle, info: Info };

/**
 * What the checks found (already most serious first), each with its fix where there is one. Each
 * finding with a place opens the editor there (its channel's tab, or the part of the form it is
 * about): below the tabs, a finding about X names X and leads to it, whichever tab is open.
 */
export function Findings({ item, findings }: { item: ContentItem; findings: Finding[] }) {
  const { t } = useTranslation();
  const say = useSay();
  const apply = usePlanStore((state) => state.apply);
  const openEditor = useUiStore((state) => state.openEditor);
  if (findings.length === 0) return <p className="findings-ok">{t('checks.allGood')}</p>;
  return (
    <ul className="findings" aria-label={t('checks.heading')}>
      {findings.map((finding, index) => {
        const Icon = ICONS[finding.severity];
        const place = placeOf(finding);
        return (
          <li key={`${finding.rule}-${finding.channel ?? ''}-${index}`} className={`finding finding-${finding.severity}`}>
            <Icon size={14} aria-hidden />
            <span className="visually-hidden">{t(`checks.severity.${finding.severity}`)}: </span>
            {place ? (
              <button type="button" className="finding-message finding-place" onClick={() => openEditor(item.id, place)}>
                {say(finding.message)}
              </button>
            ) : (
              <span className="finding-message">{say(finding.message)}</span>
            )}
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
