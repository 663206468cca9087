import { useTranslation } from 'react-i18next';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { useLocalized } from '../../i18n';
import { sectionAttribute } from '../../lib/editor-place';

export function AudiencePicker({
  item,
  settings,
  onChange,
}: {
  item: ContentItem;
  settings: Settings;
  onChange: (audiences: string[]) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  // Archived audiences stay visible on items that already have them.
  const shown = settings.audiences.filter((a) => !a.archived || item.audiences.includes(a.id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...item.audiences, id] : item.audiences.filter((a) => a !== id));
  return (
    <fieldset className="checkbox-group" {...sectionAttribute('audiences')}>
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
