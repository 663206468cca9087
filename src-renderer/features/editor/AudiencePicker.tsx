import { useTranslation } from 'react-i18next';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { useLocalized } from '../../i18n';
import { sectionAttribute } from '../../lib/editor-place';

export function AudiencePicker({
  item,
  settings,
  onChange,
  inEditor = true,
}: {
  item: Pick<ContentItem, 'audiences'>;
  settings: Settings;
  onChange: (audiences: string[]) => void;
  /** In the editor the group is a place a finding can lead to; a template's (Inställningar) is not. */
  inEditor?: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  // Archived audiences stay visible on items that already have them.
  const shown = settings.audiences.filter((a) => !a.archived || item.audiences.includes(a.id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...item.audiences, id] : item.audiences.filter((a) => a !== id));
  return (
    <fieldset className="checkbox-group" {...(inEditor ? sectionAttribute('audiences') : {})}>
      <legend>{t('editor.audiences')}</legend>
      {shown.map((audience) => (
        <label key={audience.id} className="checkbox-chip">
          <input
            type="checkbox"
            checked={item.audiences.includes(audience.id)}
            onChange={(event) => toggle(audience.id, event.target.checked)}
          />
          {localized(audience.label)}
        </label>
      ))}
    </fieldset>
  );
}
