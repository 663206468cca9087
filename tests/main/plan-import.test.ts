// The whole plan as one file: a round trip into an empty data folder, the summary, and the
// refusals a person reads (which item, which field), with the store left untouched.
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordedMessage } from '../support/worded';
import { parsePlanFile, planFileText } from '../../src-main/services/plan-file';
import { examplePlan, examplePlanFile } from '../support/plan-files';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

function withItem(patch: Record<string, unknown>, index = 2): string {
  const file = JSON.parse(examplePlanFile()) as { items: Array<Record<string, unknown>> };
  file.items[index] = { ...file.items[index], ...patch };
  return JSON.stringify(file);
}

describe('exporting and importing the whole plan', () => {
  it('round trip: the example plan, exported and imported into an empty data folder, is the same plan', async () => {
    const source = openServices(tempDataDir());
    source.plan.apply({ type: 'items.put', items: examplePlan().items, removeIds: [] });
    const exported = (await source.importer.check(null)).status; // no OS dialog here: cancelled
    expect(exported).toBe('cancelled');
    const path = (await source.exports.choose())!;
    const { writePlanFile } = await import('../../src-main/services/plan-copy');
    const text = readFileSync(writePlanFile(source.plan.current().plan, path, new Date()), 'utf8');

    const dir = tempDataDir();
    const target = openServices(dir);
    const check = await target.importer.check({ text });
    expect(check.status).toBe('ready');
    if (check.status !== 'ready') return;
    expect(check.summary).toMatchObject({ items: examplePlan().items.length, replacesItems: 0, migratedFrom: null });
    expect(check.summary.from! <= check.summary.to!).toBe(true);
    const { undoId } = target.importer.commit(check.token);
    // The snapshot that undoes the import says what it was taken before (issue 17 finding 22a).
    expect(target.store.listBackups().find((backup) => backup.id === undoId)?.reason).toBe('before-import');
    target.store.close();
    const reopened = openServices(dir);
    const byId = (plan: { items: Array<{ id: string }> }) => [...plan.items].sort((a, b) => a.id.localeCompare(b.id));
    expect(reopened.plan.current().plan.settings).toEqual(source.plan.current().plan.settings);
    expect(byId(reopened.plan.current().plan)).toEqual(byId(source.plan.current().plan));
  });

  it('says which item and which field is wrong, in Swedish and English, without schema-library text', () => {
    const result = wordedMessage(parsePlanFile(withItem({ date: '2026-02-31' })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Filen importerades inte/);
    expect(result.message).toMatch(/Inlägg 3 \(”.+”\): Datum: finns inte i kalendern/);
    expect(result.message).not.toMatch(/Invalid|expected|ZodError/);
    // The same refusal as data, worded in English for an English UI.
    const english = wordedMessage(parsePlanFile(withItem({ date: '2026-02-31' })), 'en');
    if (!english.ok) expect(english.message).toMatch(/^The file was not imported.*\n.*3 \(“.+”\): Date: is not in the calendar$/);
  });

  it.each([
    ['truncated', examplePlanFile().slice(0, 500), /går inte att tolka som JSON/],
    ['an array', '[]', /saknar planens inställningar/],
    ['another format', JSON.stringify({ format: 'x', settings: {}, items: [] }), /inte en planfil/],
    ['a newer version', examplePlanFile().replace(`"schemaVersion": ${SCHEMA_VERSION}`, '"schemaVersion": 99'), /nyare version/],
    ['no version', examplePlanFile().replace(`"schemaVersion": ${SCHEMA_VERSION},`, ''), /versionsuppgift/],
    ['an unknown key', withItem({ colour: 'red' }), /Inlägg 3 .*Okända fält: colour|Inlägg 3 .*colour/],
    ['a wrong type', withItem({ rank: 'first' }), /Inlägg 3/],
    ['a duplicate id', withItem({ id: JSON.parse(examplePlanFile()).items[0].id }), /samma id/],
    [
      '100,000 items',
      JSON.stringify({ schemaVersion: 1, settings: {}, items: Array.from({ length: 100_000 }, () => ({})) }),
      /fler än 50/,
    ],
  ])('refuses %s with a plain message', (_name, text, message) => {
    const result = wordedMessage(parsePlanFile(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('a rejected import leaves every store file byte-identical', async () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'kvar', title: 'Ska finnas kvar' });
    services.store.flush();
    const before = snapshotFiles(dir);
    const check = await services.importer.check({ text: withItem({ time: '25:00' }) });
    expect(check.status).toBe('rejected');
    expect(snapshotFiles(dir)).toEqual(before);
    expect(() => services.importer.commit('not-staged')).toThrow(/inte längre förberedd/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('an import that cannot be written puts the plan back as it was and says so', async () => {
    const dir = tempDataDir();
    let failNext = false;
    // ENOSPC once, on the first partition file the import writes after its backup.
    const fs = { ...nodeFs } as typeof nodeFs;
    fs.openSync = ((path: string, ...rest: [string]) => {
      if (failNext && String(path).startsWith(join(dir, 'items-'))) {
        failNext = false;
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      }
      return nodeFs.openSync(path, ...rest);
    }) as typeof nodeFs.openSync;
    const services = openServices(dir, { fs });
    services.plan.apply({ type: 'item.create', id: 'kvar', title: 'Ska finnas kvar', date: '2026-01-10' });
    services.store.flush();
    const check = await services.importer.check({ text: planFileText(examplePlan(), new Date()) });
    if (check.status !== 'ready') throw new Error(check.status);
    failNext = true;
    expect(() => services.importer.commit(check.token)).toThrow(/disken är full.*ingenting importerades/);
    services.store.close();
    expect(
      openServices(dir)
        .plan.current()
        .plan.items.map((item) => item.id),
    ).toEqual(['kvar']);
  });
});
