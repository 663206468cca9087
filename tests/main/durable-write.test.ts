// Every write is verified, and a failed one leaves the old file in place and is reported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably, WriteError } from '../../src-main/store/durable-write';
import { faultyFs, type Fault } from '../support/faulty-fs';
import { openServices, tempDataDir } from '../support/store';
import { planWith } from '../support/plans';

const faults: Array<[Fault, string]> = [
  ['short-write', 'short-write'],
  ['ENOSPC', 'disk-full'],
  ['EACCES', 'no-permission'],
];

describe('a durable write', () => {
  it.each(faults)('%s: throws %s, keeps the old file byte for byte, and leaves no temp file', (fault, problem) => {
    const dir = tempDataDir();
    const path = join(dir, 'backlog.json');
    writeFileSync(path, '{"gammal":true}');
    const { fs, fail } = faultyFs();
    fail(fault);
    let thrown: unknown;
    try {
      writeFileDurably(path, Buffer.from(JSON.stringify({ ny: 'x'.repeat(10_000) })), fs);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).problem).toBe(problem);
    expect(readFileSync(path, 'utf8')).toBe('{"gammal":true}');
    expect(readdirSync(dir)).toEqual(['backlog.json']);
  });

  it('writes the whole file when the disk is well', () => {
    const dir = tempDataDir();
    const bytes = Buffer.from('å'.repeat(100_000));
    writeFileDurably(join(dir, 'a.json'), bytes);
    expect(readFileSync(join(dir, 'a.json')).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('the store when writes fail', () => {
  it.each(faults)('%s: no file is truncated, the change stays in memory, and a retry saves it', (fault, problem) => {
    const dir = tempDataDir();
    const { fs, fail } = faultyFs();
    const services = openServices(dir, { fs });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
    expect(services.store.flush()).toEqual({ status: 'saved' });
    const good = readFileSync(join(dir, 'backlog.json'), 'utf8');

    fail(fault);
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad men osparad '.repeat(200) } });
    const state = services.store.flush();
    expect(state).toMatchObject({ status: 'failing', problem, file: 'backlog.json', attempts: 1 });
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toBe(good);
    expect(services.store.flush()).toMatchObject({ status: 'failing', attempts: 2 });
    expect(services.plan.current().plan.items[0]?.title).toMatch(/^Ändrad/);

    fail(null);
    expect(services.store.flush()).toEqual({ status: 'saved' });
    expect(JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8')).items[0].title).toMatch(/^Ändrad/);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('retries a failed write by itself, and reports saved once it succeeds', async () => {
    const dir = tempDataDir();
    const { fs, fail } = faultyFs();
    const services = openServices(dir, { fs, flushDelayMs: 5, retryDelayMs: 20 });
    fail('ENOSPC');
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Väntar' });
    await expect.poll(() => services.store.saveState().status).toBe('failing');
    fail(null);
    await expect.poll(() => services.store.saveState().status, { timeout: 3000 }).toBe('saved');
    expect(JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8')).items[0].title).toBe('Väntar');
  });

  const byHand: Array<[string, (services: ReturnType<typeof openServices>, backupId: string) => unknown]> = [
    ['"Försök igen"', (services) => services.store.flush()],
    ['"Ta en säkerhetskopia nu"', (services) => services.store.backupByHand()],
    ['a restore', (services, backupId) => services.plan.restoreBackup(backupId)],
    ['an import', (services) => services.plan.replacePlan(planWith({ type: 'item.create', id: 'i', title: 'Importerad' }))],
  ];

  it.each(byHand)('keeps retrying by itself after %s fails too, and saves once space is freed, with no further click', async (_name, act) => {
    const dir = tempDataDir();
    const { fs, fail } = faultyFs();
    const services = openServices(dir, { fs, flushDelayMs: 5, retryDelayMs: 20 });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
    const [backup] = services.store.listBackups().length > 0 ? services.store.listBackups() : [services.store.backupByHand()!];
    fail('ENOSPC');
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Osparad' } });
    await expect.poll(() => services.store.saveState().status).toBe('failing');
    try {
      act(services, backup!.id);
    } catch {
      // Refused while the disk is full: what matters is what happens next.
    }
    expect(services.store.saveState().status).toBe('failing');
    fail(null);
    await expect.poll(() => services.store.saveState().status, { timeout: 10_000 }).toBe('saved');
    expect(JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8')).items[0].title).toBe('Osparad');
  });

  it('does not write the partition an item leaves while the one it joins cannot be written', () => {
    const dir = tempDataDir();
    const { fs, fail } = faultyFs();
    const services = openServices(dir, { fs });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Flyttas' });
    services.store.flush();
    fail('ENOSPC');
    services.plan.apply({ type: 'item.schedule', id: 'a', date: '2026-12-01' });
    services.store.flush();
    // Still in the backlog on disk: dropping it there first would lose it from both files.
    expect(JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8')).items.map((i: { id: string }) => i.id)).toEqual(['a']);
  });

  it('removes temp files a kill left behind, at the next start', () => {
    const dir = tempDataDir();
    openServices(dir).store.close();
    writeFileSync(join(dir, 'backlog.json.tmp-4242-1'), '');
    writeFileSync(join(dir, 'settings.json.tmp-a1b2c3'), '{"half');
    openServices(dir).store.close();
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
