// Files written for the user outside the data folder ("Spara en kopia", "Exportera hela planen…",
// the board's papers): a full disk or a missing permission is told in plain words, not as an errno,
// and leaves no half-written file (issue 16, item 8).
import * as nodeFs from 'node:fs';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveExport } from '../../src-main/services/board-files';
import type { SaveFs } from '../../src-main/services/saved-files';
import type { WriteFs } from '../../src-main/store/durable-write';
import { fixedExportFolder } from '../../src-main/services/export-folder';
import { savePlanCopy, writePlanFile } from '../../src-main/services/plan-copy';
import { say } from '../../src-shared/i18n/messages';
import { DomainError } from '../../src-shared/ipc/errors';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { faultyFs, type Fault } from '../support/faulty-fs';
import { tempDataDir } from '../support/store';

/** The faulty writes, with the rest of `node:fs` (folders, the check for a free name) as it is. */
const withFolders = (fs: WriteFs): SaveFs => ({ ...nodeFs, ...fs });

const WRITERS: Array<[string, (folder: string, fs: SaveFs) => Promise<unknown>]> = [
  ['a copy of the plan', async (folder, fs) => savePlanCopy(emptyPlan(), folder, new Date(), fs)],
  ['the plan file', async (folder, fs) => writePlanFile(emptyPlan(), folder, new Date(), fs)],
  ['the board’s papers', (folder, fs) => saveExport(fixedExportFolder(folder), 'Styrelsevy v48', 'html', new Uint8Array([60]), fs)],
];

async function refusal(write: () => Promise<unknown>): Promise<{ sv: string; en: string }> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { sv: say('sv', error.text), en: say('en', error.text) };
  }
  throw new Error('the file was written');
}

describe.each(WRITERS)('%s that cannot be written', (_name, write) => {
  it.each<[Fault, RegExp, RegExp]>([
    ['ENOSPC', /: disken är full\. Välj en annan mapp/, /: the disk is full\./],
    ['EACCES', /: behörighet saknas\./, /: permission is missing\./],
    ['short-write', /: filen kunde inte skrivas klart, disken kan vara full\./, /could not be written completely/],
  ])('%s is told in plain words, and nothing is left behind', async (fault, sv, en) => {
    const folder = tempDataDir();
    const { fs, fail } = faultyFs();
    fail(fault);
    const told = await refusal(() => write(folder, withFolders(fs)));
    expect(told.sv).toMatch(new RegExp(`^Filen kunde inte sparas i ${folder.replaceAll('/', '\\/')}${sv.source}`));
    expect(told.en).toMatch(en);
    expect(`${told.sv} ${told.en}`).not.toMatch(/ENOSPC|EACCES|simulated/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
