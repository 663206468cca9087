// A custom channel in the export package: a folder of its own, named from its label and safe on
// every OS whatever the label, never the folder of another channel, and listed like the others.
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { newCustomChannel } from '../../src-shared/settings/custom-channels';
import { buildExportPackage, isInsidePackage } from '../../src-shared/export';
import { channelFolder, channelFolders } from '../../src-shared/export/names';
import type { ChannelSettings, Plan, Settings } from '../../src-shared/plan/model';
import { defaultSettings } from '../../src-shared/settings/policy';
import { NOW, planWith } from '../support/plans';

function withCustom(names: string[], settings: Settings = defaultSettings()): Settings {
  const channels: ChannelSettings[] = [...settings.channels];
  for (const name of names) channels.push(newCustomChannel({ name, colour: '#123456', limit: 500, purpose: '' }, channels));
  return { ...settings, channels };
}

describe('the folder of a custom channel', () => {
  it.each([
    { label: 'Nyhetsbrev', folder: 'nyhetsbrev' },
    { label: 'TikTok (kåren)', folder: 'tiktok-karen' },
    { label: '../../etc', folder: 'etc' },
    { label: 'C:\\Windows\\System32', folder: 'c-windows-system32' },
    { label: 'CON', folder: 'con-' },
    { label: 'nul.txt', folder: 'nul-txt' },
    { label: '\u202Egpj.exe', folder: 'gpj-exe' },
    { label: '📰', folder: 'kanal' },
    { label: 'Ett mycket långt namn på en kanal som aldrig tar slut', folder: 'ett-mycket-langt-namn-pa' },
  ])('$label → $folder', ({ label, folder }) => {
    const settings = withCustom([label]);
    const id = settings.channels.at(-1)!.id;
    expect(channelFolder(settings, id)).toBe(folder);
    expect(isInsidePackage(`${channelFolder(settings, id)}/2026-12-01_a.txt`)).toBe(true);
  });

  it('never shares a folder with a built-in or another custom channel, case aside', () => {
    const settings = withCustom(['Hemsida', 'X', 'LinkedIn!', 'Nyhetsbrev', 'NYHETSBREV 2', 'nyhetsbrev-2']);
    const folders = [...channelFolders(settings).values()];
    expect(folders.slice(0, 5)).toEqual(['hemsida', 'x', 'instagram', 'facebook', 'linkedin']);
    expect(folders.slice(5)).toEqual(['hemsida-2', 'x-2', 'linkedin-2', 'nyhetsbrev', 'nyhetsbrev-2', 'nyhetsbrev-2-2']);
    expect(new Set(folders.map((folder) => folder.toLowerCase())).size).toBe(folders.length);
  });
});

describe('a package with a custom channel', () => {
  const settings = withCustom(['Nyhetsbrev']);
  const news = settings.channels.at(-1)!.id;
  const commands: PlanCommand[] = [
    { type: 'settings.put', settings },
    { type: 'item.create', id: 'brev', title: 'Decemberbrevet', status: 'approved', date: '2026-12-01', time: '08:00' },
    { type: 'variant.add', id: 'brev', channel: news },
    { type: 'variant.update', id: 'brev', channel: news, patch: { text: 'Hej! Här är decembers nyheter.' } },
    { type: 'variant.add', id: 'brev', channel: 'x' },
    { type: 'variant.update', id: 'brev', channel: 'x', patch: { text: 'Decemberbrevet är ute.' } },
  ];
  const plan: Plan = commands.reduce((current, command) => applyCommand(current, command, NOW), planWith());
  const options = { from: '2026-11-30', to: '2026-12-06', channels: ['x', news], statuses: ['approved' as const], language: 'sv' as const };
  const pkg = buildExportPackage(plan, options);
  const text = (path: string) => strFromU8(pkg.files.find((file) => file.path === path)!.bytes);

  it('puts its post in its own folder, holding exactly the text to paste', () => {
    expect(pkg.files.map((file) => file.path)).toEqual([
      'LÄS-MIG.txt',
      'nyhetsbrev/2026-12-01_0800_decemberbrevet.txt',
      'publicering.ics',
      'schema.csv',
      'x/2026-12-01_0800_decemberbrevet.txt',
    ]);
    expect(text('nyhetsbrev/2026-12-01_0800_decemberbrevet.txt')).toBe('Hej! Här är decembers nyheter.');
  });

  it('names it by its label in the schedule, the CSV and the calendar file', () => {
    expect(text('LÄS-MIG.txt')).toContain('Nyhetsbrev');
    expect(text('schema.csv')).toContain(';Nyhetsbrev;Decemberbrevet;');
    expect(text('publicering.ics')).toContain('Nyhetsbrev');
  });

  it('is the same bytes twice', () => {
    expect(buildExportPackage(plan, options)).toEqual(pkg);
  });
});
