// A kill at every named step of a flush where two posts cross between year files, an import,
// a restore and a start that finishes what a kill left (issue 15 item 4, issue 16 item 1). Each
// run copies a prepared folder, lets a child process stop itself with SIGKILL at step N, and then
// opens the folder as the next start would: the plan is exactly the one before the step or the one
// after it, never a mix; after the commit point it is the one after, and the user is told.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/plan/model';
import { SEED, STEP_CLOCK, type StepScenario } from '../fixtures/crash-steps';
import { buildChildren, runToStep, type StepRun } from '../support/crash';
import { openServices, tempDataDir } from '../support/store';

beforeAll(buildChildren, 60_000);

const clock = () => new Date(STEP_CLOCK);

/** The plan a folder holds, as the next start reads it (items by id), with the start's notices. */
function nextStart(dir: string) {
  const services = openServices(dir, { clock, startBackupDelayMs: 60_000 });
  // Not closed: its start backup (a minute away, on a timer that keeps nothing alive) is not wanted here.
  const { plan, notices } = services.plan.current();
  return { plan: comparable(plan), notices };
}

function comparable(plan: Plan) {
  return { settings: plan.settings, items: [...plan.items].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Every data file parses as JSON, whatever the moment of the kill. */
function expectFilesParse(dir: string, at: string, damaged: string[]): void {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && !damaged.includes(name))) {
    expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8')), `${file} after a kill at ${at}`).not.toThrow();
  }
}

/** The folder before the step: the seed posts in the backlog, 2026 and 2027, and a start backup of them. */
function seededFolder(): { dir: string; backupId: string } {
  const dir = tempDataDir();
  const first = openServices(dir, { clock });
  for (const command of SEED) first.plan.apply(command);
  first.store.close();
  const second = openServices(dir, { clock });
  second.store.settleStartBackup();
  // After the backup: a change the restore takes back (a post gone, one in 2028, other settings).
  second.plan.apply({ type: 'item.delete', id: 'c' });
  second.plan.apply({ type: 'item.create', id: 'f', title: 'F i 2028', date: '2028-05-05' });
  second.plan.apply({ type: 'settings.update', patch: { organisationName: 'Efter kopian' } });
  second.store.close();
  const [backup] = second.store.backups.list();
  return { dir, backupId: backup!.id };
}

async function killAtEveryStep(scenario: StepScenario, template: string, backupId = ''): Promise<string[]> {
  const copy = () => {
    const dir = tempDataDir();
    cpSync(template, dir, { recursive: true });
    return dir;
  };
  const before = nextStart(copy()).plan;
  const afterDir = copy();
  const whole: StepRun = await runToStep(afterDir, scenario, Number.POSITIVE_INFINITY, backupId);
  expect(whole.done, whole.stderr).toBe(true);
  const after = nextStart(afterDir).plan;
  // A start changes no plan: it only finishes or recovers what is on disk.
  if (scenario !== 'start') expect(after, 'the step changes the plan').not.toEqual(before);

  const kills = whole.steps.map((_, index) => index + 1);
  // Two children at a time: each spends most of its life starting Node.
  for (let n = 0; n < kills.length; n += 2) {
    await Promise.all(kills.slice(n, n + 2).map((killAt) => judgeKill(scenario, copy(), killAt, backupId, { before, after })));
  }
  return whole.steps;
}

async function judgeKill(
  scenario: StepScenario,
  dir: string,
  killAt: number,
  backupId: string,
  plans: { before: ReturnType<typeof comparable>; after: ReturnType<typeof comparable> },
): Promise<void> {
  const run = await runToStep(dir, scenario, killAt, backupId);
  const at = run.steps.at(-1) ?? '(none)';
  expect(run.killed, `killed at step ${killAt} (${at}): ${run.stderr}`).toBe(true);
  // The start test damages a file on purpose; it parses once the start has recovered it.
  expectFilesParse(dir, at, scenario === 'start' && !run.steps.includes('recover renamed items-2027.json') ? ['items-2027.json'] : []);
  const { plan, notices } = nextStart(dir);
  const committed = run.steps.some((step) => step.endsWith(' renamed journal.json'));
  const finished = run.steps.some((step) => step.endsWith(' removed journal.json'));
  expect(plan, `after a kill at ${at}`).toEqual(committed ? plans.after : plans.before);
  expect(notices.filter((notice) => notice.kind === 'no-backup-found'), `after a kill at ${at}`).toEqual([]);
  if (scenario === 'start') return;
  const told = notices.filter((notice) => notice.kind === 'journal-replayed');
  expect(told.length, `told of a finished step after a kill at ${at}`).toBe(committed && !finished ? 1 : 0);
}

describe('a kill at every named step', () => {
  it('of a flush where two posts cross between year files: one of them is never lost', async () => {
    const steps = await killAtEveryStep('cross', seededFolder().dir);
    expect(steps).toEqual([
      'flush written items-2026.json',
      'flush fsynced items-2026.json',
      'flush written backlog.json',
      'flush fsynced backlog.json',
      'flush written journal.json',
      'flush fsynced journal.json',
      'flush renamed journal.json',
      'flush renamed items-2026.json',
      'flush renamed backlog.json',
      'flush removed journal.json',
    ]);
  }, 240_000);

  it('of the weekly chores: a CSV import and a series across the year end are written whole or not at all (issue 19)', async () => {
    const steps = await killAtEveryStep('chores', seededFolder().dir);
    for (const file of ['settings.json', 'backlog.json', 'items-2026.json', 'items-2027.json']) {
      expect(steps.indexOf(`flush renamed ${file}`), file).toBeGreaterThan(steps.indexOf('flush renamed journal.json'));
    }
    expect(steps.at(-1)).toBe('flush removed journal.json');
  }, 240_000);

  it('of an import: the old plan or the imported one, never the imported settings with the old posts', async () => {
    const steps = await killAtEveryStep('import', seededFolder().dir);
    expect(steps).toEqual(expect.arrayContaining(['import renamed settings.json', 'import removed items-2027.json', 'import removed journal.json']));
  }, 240_000);

  it('of a restore: the plan before it or the backup, whole', async () => {
    const { dir, backupId } = seededFolder();
    const steps = await killAtEveryStep('restore', dir, backupId);
    expect(steps).toEqual(expect.arrayContaining(['restore renamed settings.json', 'restore removed items-2028.json']));
  }, 240_000);
});

describe('a kill at every step of a start that has work to do', () => {
  it('finishing a step a kill left and recovering a damaged file from a backup: the next start has every post', async () => {
    const { dir } = seededFolder();
    // The folder a kill leaves just after the commit point of a crossing flush, and a year file
    // damaged besides (its posts are in the start backup).
    const left = await runToStep(dir, 'cross', 7);
    expect(left.steps.at(-1)).toBe('flush renamed journal.json');
    writeFileSync(join(dir, 'items-2027.json'), '{"schemaVersion":2,"items":[{"id":');
    const steps = await killAtEveryStep('start', dir);
    expect(steps).toEqual(
      expect.arrayContaining(['replay renamed backlog.json', 'replay removed journal.json', 'recover renamed items-2027.json', 'backup renamed manifest.json']),
    );
  }, 240_000);
});
