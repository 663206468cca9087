// The policy's principles and the channels' purposes, so the board reads the plan against it.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src-shared/plan/model';
import { PRINCIPLES } from '../../../src-shared/settings/policy';
import { useNames } from './labels';

export function PolicyAppendix({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { language } = useNames(settings);
  return (
    <details className="board-card board-appendix">
      <summary>{t('board.appendix')}</summary>
      <h3>{t('board.principles')}</h3>
      <dl>
        {PRINCIPLES.map((principle) => (
          <div key={principle.id}>
            <dt>{principle.label[language]}</dt>
            <dd>{principle.summary[language]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('board.channelPurposes')}</h3>
      <dl>
        {settings.channels
          .filter((channel) => channel.enabled)
          .map((channel) => (
            <div key={channel.id}>
              <dt>{channel.label[language] || channel.label.sv}</dt>
              <dd>{channel.purpose[language] || channel.purpose.sv}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
