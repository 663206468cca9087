import { useTranslation } from 'react-i18next';
import type { ContentItem, Principles } from '../../../src-shared/plan/model';
import { PRINCIPLES } from '../../../src-shared/settings/policy';
import { useLocalized } from '../../i18n';
import { sectionAttribute } from '../../lib/editor-place';

/** The policy's three principles, ticked in review before an item is approved. */
export function PrinciplesChecklist({ item, onChange }: { item: ContentItem; onChange: (principles: Principles) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <fieldset className="principles" {...sectionAttribute('principles')}>
      <legend>{t('editor.principles')}</legend>
      {PRINCIPLES.map((principle) => (
        <label key={principle.id} className="principle">
          <input
            type="checkbox"
            checked={item.principles[principle.id]}
            onChange={(event) => onChange({ ...item.principles, [principle.id]: event.target.checked })}
          />
          <span>
            <strong>{localized(principle.label)}</strong>
            <span className="field-hint"> {localized(principle.summary)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
