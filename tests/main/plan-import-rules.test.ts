// Issue 16: the import refuses what the settings commands and `items.put` refuse (one set of rules),
// so no imported plan leaves every later settings change refused for a reason of the file's; and
// the app's own export always imports again. Also a BOM, and a version that is no whole number.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/services/import-service';
import { parsePlanFile, planFileText } from '../../src-main/services/plan-file';
import { fixedExportFolder } from '../../src-main/services/export-folder';
import type { Plan } from '../../src-shared/plan/model';
import { newCustomChannel } from '../../src-shared/settings/custom-channels';
import { examplePlanFile } from '../support/plan-files';
import { wordedMessage } from '../support/worded';
import { openServices, tempDataDir } from '../support/store';

type File = Plan & { format: string; exportedAt: string };

function fileWith(change: (file: File) => void): string {
  const file = JSON.parse(examplePlanFile()) as File;
  change(file);
  return JSON.stringify(file);
}

function refusal(text: string, language: 'sv' | 'en' = 'sv'): string {
  const result = wordedMessage(parsePlanFile(text), language);
  if (result.ok) throw new Error('the file was imported');
  return result.message;
}

describe('an import checks the settings as the settings commands do', () => {
  it.each<[string, (file: File) => void, RegExp]>([
    [
      'a channel listed twice',
      (file) => file.settings.channels.push(file.settings.channels[0]!),
      /kanalen ”website” finns två gånger/,
    ],
    [
      'an audience listed twice',
      (file) => file.settings.audiences.push(file.settings.audiences[0]!),
      /målgruppen ”.+” finns två gånger/,
    ],
    ['a javascript: website address', (file) => (file.settings.websiteBaseUrl = 'javascript:alert(1)'), /hemsidans adress/],
    ['a limit of 10⁹', (file) => (file.settings.channels[1]!.limit = 1e9), /teckengränsen .* högst 100\s000/],
    ['a channel without a name', (file) => (file.settings.channels[1]!.label.sv = ' '), /kanalen ”x” måste ha ett namn/],
  ])('refuses %s, in the settings', (_name, change, reason) => {
    expect(refusal(fileWith(change))).toMatch(new RegExp(`^Filen importerades inte.*\nInställningarna: .*${reason.source}`));
  });
});

describe('an import checks its items against the settings it comes with', () => {
  it.each<[string, (file: File) => void, RegExp]>([
    [
      'a channel the settings lack',
      (file) => (file.items[2]!.variants[0]!.channel = 'custom-nyhetsbrev'),
      /kanalen ”custom-nyhetsbrev” finns inte/,
    ],
    [
      'two texts for one channel',
      (file) => file.items[2]!.variants.push(file.items[2]!.variants[0]!),
      /inlägget har två varianter för kanalen ”x”/,
    ],
    ['an audience that does not exist', (file) => (file.items[2]!.audiences = ['ghost']), /målgruppen ”ghost” finns inte/],
    [
      'an audience named constructor',
      (file) => (file.items[2]!.audiences = ['constructor']),
      /målgruppen ”constructor” finns inte/,
    ],
    [
      'a javascript: live link',
      (file) => (file.items[2]!.variants[0]!.publishedUrl = 'javascript:alert(1)'),
      /Länk till inlägget: ska vara en webbadress/,
    ],
  ])('refuses %s, naming the item', (_name, change, reason) => {
    expect(refusal(fileWith(change))).toMatch(new RegExp(`^Filen importerades inte.*\nInlägg 3 \\(”.+”\\): ${reason.source}`));
  });

  it('words the refusal in English for an English UI', () => {
    const text = fileWith((file) => (file.items[2]!.audiences = ['ghost']));
    expect(refusal(text, 'en')).toMatch(/^The file was not imported.*\n.*3 \(“.+”\): the audience "ghost" is not among the audiences in the settings\.$/);
  });

  it('takes audiences and channels named like Object.prototype’s keys when the settings have them', () => {
    const text = fileWith((file) => {
      for (const id of ['constructor', '__proto__', 'toString', 'valueOf']) {
        file.settings.audiences.push({ id, label: { sv: id, en: id }, archived: false });
      }
      file.items[2]!.audiences = ['constructor', '__proto__', 'toString', 'valueOf'];
    });
    const result = parsePlanFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.items[2]!.audiences).toEqual(['constructor', '__proto__', 'toString', 'valueOf']);
  });
});

describe('the app’s own export imports again (issue 16, item 7)', () => {
  it('an undo cannot bring back a text on a channel removed since, so the file written later imports', () => {
    const services = openServices(tempDataDir());
    const apply = services.plan.apply.bind(services.plan);
    const settings = services.plan.current().plan.settings;
    const newsletter = newCustomChannel({ name: 'Nyhetsbrev', colour: '#336699', limit: 5000, purpose: '' }, settings.channels);
    apply({ type: 'settings.update', patch: { channels: [...settings.channels, newsletter] } });
    apply({ type: 'item.create', id: 'brev', title: 'Novemberbrevet', channels: ['custom-nyhetsbrev'] });
    const deleted = services.plan.current().plan.items.find((item) => item.id === 'brev')!;
    apply({ type: 'item.delete', id: 'brev' });
    apply({ type: 'settings.update', patch: { channels: settings.channels } });
    // The toast's "Ångra" for the delete, after the channel went.
    expect(() => apply({ type: 'items.put', items: [deleted], removeIds: [] })).toThrow(
      /Ändringen sparades inte: kanalen ”custom-nyhetsbrev”/,
    );
    const text = planFileText(services.plan.current().plan, new Date());
    expect(parsePlanFile(text).ok).toBe(true);
  });

  it('a settings change cannot drop an audience that posts name (archive it instead)', () => {
    const services = openServices(tempDataDir());
    const { settings } = services.plan.current().plan;
    services.plan.apply({ type: 'item.create', id: 'a', title: 'A', audiences: ['students'] });
    const without = settings.audiences.filter((audience) => audience.id !== 'students');
    expect(() => services.plan.apply({ type: 'settings.update', patch: { audiences: without } })).toThrow(
      /målgruppen .* används av 1 inlägg/,
    );
  });
});

describe('reading the file', () => {
  it('a file that starts with a byte order mark imports, also through the OS open dialog (Electron)', async () => {
    expect(parsePlanFile(`\uFEFF${examplePlanFile()}`).ok).toBe(true);
    const path = join(mkdtempSync(join(tmpdir(), 'kanalplan-bom-')), 'plan.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(examplePlanFile())]));
    const services = openServices(tempDataDir());
    const importer = new ImportService(services.plan, { ...fixedExportFolder(tmpdir()), openFile: () => Promise.resolve(path) });
    expect(await importer.check(null)).toMatchObject({ status: 'ready' });
  });

  it.each([2.5, 1.5, -1])('schemaVersion %s is no version, not a newer one', (version) => {
    const message = refusal(examplePlanFile().replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${version}`));
    expect(message).toMatch(/versionsuppgift/);
    expect(message).not.toMatch(/nyare/);
  });
});
