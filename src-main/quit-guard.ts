// Quitting with changes that could not be written says so and offers a copy elsewhere, instead
// of throwing them away silently (DESIGN §6); quitting while a package is written waits for it,
// so no half-written package is left in the user's folder. Thin Electron code: both are services.
import { dirname } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { say, translate } from '../src-shared/i18n/messages';
import { DomainError } from '../src-shared/ipc/errors';
import type { Language } from '../src-shared/plan/model';
import type { Services } from './services/handlers';
import { savePlanCopy } from './services/plan-copy';

export function guardQuit(services: Services, window: () => BrowserWindow | null): void {
  let confirmed = false;
  app.on('before-quit', (event) => {
    if (services.exporter.busy) {
      event.preventDefault();
      void services.exporter.whenIdle().then(() => app.quit());
      return;
    }
    if (confirmed || services.store.close().status === 'saved') return;
    event.preventDefault();
    const language = services.plan.current().plan.settings.language;
    if (askBeforeQuit(services, window(), language)) {
      confirmed = true;
      app.quit();
    }
  });
}

/** True when the user chose to quit (after saving a copy, or without). */
function askBeforeQuit(services: Services, parent: BrowserWindow | null, language: Language): boolean {
  const t = (key: string) => translate(language, `quit.${key}`);
  const options = {
    type: 'warning' as const,
    message: t('title'),
    detail: t('detail'),
    buttons: [t('saveCopy'), t('quitAnyway'), t('cancel')],
    defaultId: 0,
    cancelId: 2,
  };
  const choice = parent ? dialog.showMessageBoxSync(parent, options) : dialog.showMessageBoxSync(options);
  if (choice === 1) return true;
  if (choice !== 0) return false;
  const target = dialog.showSaveDialogSync({ defaultPath: app.getPath('documents'), properties: ['createDirectory'] });
  if (!target) return false;
  try {
    savePlanCopy(services.plan.current().plan, dirname(target), services.clock());
    return true;
  } catch (error) {
    const reason = error instanceof DomainError ? say(language, error.text) : String(error);
    dialog.showErrorBox(t('copyFailed'), reason);
    return false;
  }
}
