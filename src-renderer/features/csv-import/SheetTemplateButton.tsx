// "Spara en mall för kalkylbladet": the simple sheet's columns and an example row, saved where
// exports go (the folder dialog in Electron), ready to fill in with a colleague in Excel.
import { useTranslation } from 'react-i18next';
import { sheetTemplate } from '../../../src-shared/csv-import/sheet-template';
import type { Settings } from '../../../src-shared/plan/model';
import { useApi } from '../../app/app-context';
import { useUiStore } from '../../app/ui-store';
import { errorText, useLanguage } from '../../i18n';
import { today } from '../../lib/now';

export function SheetTemplateButton({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const api = useApi();
  const showToast = useUiStore((state) => state.showToast);
  const save = async () => {
    try {
      const saved = await api['csv:save-template']({ csv: sheetTemplate(settings, language, today()), fileName: t('csvImport.templateFile') });
      if (saved) showToast(t('csvImport.templateSaved', { path: saved.path }));
    } catch (error) {
      showToast(errorText(error));
    }
  };
  return (
    <button type="button" className="ghost" onClick={() => void save()}>
      {t('csvImport.saveTemplate')}
    </button>
  );
}
