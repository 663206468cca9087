// The app menu. Plan commands (new item, undo, views) are sent to the renderer, which runs the
// same handler as its keyboard shortcuts; text editing uses Electron's roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../src-shared/ipc/channels';
import { MESSAGES } from '../src-shared/i18n/messages';
import type { Language } from '../src-shared/plan/model';

export function menuTemplate(language: Language, send: (command: AppCommand) => void): MenuItemConstructorOptions[] {
  const l = MESSAGES[language].menu;
  const plan = MESSAGES[language].settingsSections;
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    {
      label: l.file,
      submenu: [
        item(l.newItem, 'item:new', 'CmdOrCtrl+N'),
        item(l.newFromTemplate, 'item:new-from-template', 'Shift+CmdOrCtrl+N'),
        item(l.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item(plan.menuExportPlan, 'plan:export-file'),
        item(plan.menuImportPlan, 'plan:import'),
        item(l.importCsv, 'plan:import-csv'),
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        item(l.undo, 'undo', 'CmdOrCtrl+Z'),
        item(l.redo, 'redo', 'Shift+CmdOrCtrl+Z'),
        item(l.duplicate, 'item:duplicate', 'CmdOrCtrl+D'),
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.kanban, 'view:kanban', 'CmdOrCtrl+1'),
        item(l.calendar, 'view:calendar', 'CmdOrCtrl+2'),
        item(l.board, 'view:board', 'CmdOrCtrl+3'),
        item(l.publish, 'view:publish', 'CmdOrCtrl+4'),
        item(l.settings, 'view:settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullscreen },
      ],
    },
  ];
}
