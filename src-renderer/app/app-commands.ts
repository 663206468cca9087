// The app's commands, from the Electron menu or from the keyboard (the browser harness has no
// menu): one handler, so Ctrl+N, Ctrl+1…4 and Ctrl+Z behave the same everywhere.
import { useEffect } from 'react';
import type { AppCommand } from '../../src-shared/ipc/channels';
import { duplicatePost, duplicateTarget } from '../features/reuse/duplicate';
import { i18n } from '../i18n';
import { newItemId } from '../lib/ids';
import { useAppParts } from './app-context';
import type { View } from './ui-store';

export function useAppCommands(): (command: AppCommand) => void {
  const parts = useAppParts();
  const run = (command: AppCommand) => {
    const plan = parts.plan.getState();
    const ui = parts.ui.getState();
    switch (command) {
      case 'item:new': {
        const id = newItemId();
        // A new item is written in the planner, never beside the read-only board view.
        if (ui.view !== 'kanban' && ui.view !== 'calendar') ui.setView('kanban');
        void plan.apply({ type: 'item.create', id, title: '' }).then(() => ui.openDraft(id));
        return;
      }
      case 'undo':
      case 'redo':
        // In a text field, undo is the field's own (typing, then undoing it, are plan changes
        // too); elsewhere it is the plan's.
        if (isTextField(document.activeElement)) return void document.execCommand(command);
        return void (command === 'undo' ? plan.undo() : plan.redo());
      case 'export':
        return parts.exportDialog.getState().show();
      case 'item:duplicate': {
        const id = duplicateTarget(ui);
        return id === null ? ui.showToast(i18n.t('duplicate.nothing')) : void duplicatePost(parts, id, i18n.t);
      }
      case 'item:new-from-template':
        return parts.reuseDialogs.getState().showFromTemplate();
      case 'plan:import-csv':
        if (ui.view !== 'kanban' && ui.view !== 'calendar') ui.setView('kanban');
        return parts.reuseDialogs.getState().showCsvImport();
      case 'plan:export-file':
      case 'plan:import':
        // The same actions as the buttons under Säkerhetskopior, shown there with their outcome.
        parts.settingsUi.getState().requestPlanFile(command === 'plan:import' ? 'import' : 'export');
        return ui.setView('settings');
      default:
        ui.setView(command.slice('view:'.length) as View);
    }
  };

  // The menu's commands come from main (Electron); its accelerators own the shortcuts there, and
  // listening to the keys too would run them twice.
  useEffect(() => parts.api.subscribe('menu:command', run));
  useEffect(() => {
    if (parts.inElectron) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutOf(event);
      if (!command) return;
      if ((command === 'undo' || command === 'redo') && isTextField(event.target)) return; // the browser's own
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return run;
}

export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  if (key === 'n' && event.shiftKey) return 'item:new-from-template';
  if (event.shiftKey) return null;
  const keys: Record<string, AppCommand> = {
    n: 'item:new',
    d: 'item:duplicate',
    e: 'export',
    '1': 'view:kanban',
    '2': 'view:calendar',
    '3': 'view:board',
    '4': 'view:publish',
    ',': 'view:settings',
  };
  return keys[key] ?? null;
}

export function isTextField(element: EventTarget | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && ['text', 'search', 'url', 'email', ''].includes(element.type);
}
