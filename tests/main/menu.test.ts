import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../src-main/menu';
import type { AppCommand } from '../../src-shared/ipc/channels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('the app menu', () => {
  it('sends the plan commands to the renderer with the agreed shortcuts, in Swedish', () => {
    const sent: AppCommand[] = [];
    const items = flatten(menuTemplate('sv', (command) => sent.push(command)));
    expect(items.filter((item) => !item.submenu).map((item) => item.label ?? item.role)).toContain('Avsluta');
    const byLabel = new Map(items.map((item) => [item.label, item]));
    const expected: Array<[string, string, AppCommand]> = [
      ['Nytt inlägg', 'CmdOrCtrl+N', 'item:new'],
      ['Nytt från mall…', 'Shift+CmdOrCtrl+N', 'item:new-from-template'],
      ['Duplicera', 'CmdOrCtrl+D', 'item:duplicate'],
      ['Importera inlägg från CSV…', undefined as unknown as string, 'plan:import-csv'],
      ['Exportera…', 'CmdOrCtrl+E', 'export'],
      ['Ångra', 'CmdOrCtrl+Z', 'undo'],
      ['Gör om', 'Shift+CmdOrCtrl+Z', 'redo'],
      ['Kanban', 'CmdOrCtrl+1', 'view:kanban'],
      ['Kalender', 'CmdOrCtrl+2', 'view:calendar'],
      ['Styrelsevy', 'CmdOrCtrl+3', 'view:board'],
      ['Publicera', 'CmdOrCtrl+4', 'view:publish'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = byLabel.get(label);
      expect(item?.accelerator, label).toBe(accelerator);
      (item!.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
    expect(menuTemplate('en', () => undefined).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View']);
  });

  it('has Exportera hela planen… and Importera… in Arkiv, sending the actions of the buttons under Säkerhetskopior', () => {
    const sent: AppCommand[] = [];
    const arkiv = menuTemplate('sv', (command) => sent.push(command))[0]!;
    expect(arkiv.label).toBe('Arkiv');
    const entries = (arkiv.submenu as MenuItemConstructorOptions[]).filter((item) => item.label?.endsWith('…'));
    expect(entries.map((item) => item.label)).toEqual(['Nytt från mall…', 'Exportera…', 'Exportera hela planen…', 'Importera…', 'Importera inlägg från CSV…']);
    for (const item of entries.slice(2)) (item.click as () => void)();
    expect(sent).toEqual(['plan:export-file', 'plan:import', 'plan:import-csv']);
    const english = flatten(menuTemplate('en', () => undefined)).map((item) => item.label);
    expect(english).toEqual(expect.arrayContaining(['Export the whole plan…', 'Import…']));
  });
});
