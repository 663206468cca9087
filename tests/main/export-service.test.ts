// The export:write and export:reveal channels through dispatch, with a real store: validation,
// a cancelled folder dialog, "Ersätt?" writing to the same folder without asking again, a plain
// error message, and "Visa mappen" only where the OS can show a folder.
import { worded } from '../support/worded';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch';
import { ExportService, PROGRESS_EVERY_MS, seldom } from '../../src-main/services/export-service';
import type { ExportProgress } from '../../src-shared/ipc/contract';
import { createHandlers } from '../../src-main/services/handlers';
import type { ExportFolder } from '../../src-main/services/export-folder';
import { openServices, tempDataDir } from '../support/store';

const REQUEST = { from: '2026-11-23', to: '2026-11-29', channels: ['x'], statuses: ['approved'], zip: false, overwrite: false };

function setUp(folder: ExportFolder) {
  const services = openServices(tempDataDir());
  services.plan.apply({
    type: 'item.create',
    id: 'a',
    title: 'Öppet hus',
    status: 'approved',
    date: '2026-11-24',
    time: '09:00',
  });
  services.plan.apply({ type: 'variant.add', id: 'a', channel: 'x' });
  services.plan.apply({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Välkommen!' } });
  const exporter = new ExportService(services.plan, folder);
  return createHandlers({ ...services, exports: folder, exporter });
}

describe('export:write', () => {
  it('refuses a reversed period or an unknown status before anything is chosen', async () => {
    const choose = vi.fn(() => Promise.resolve(null));
    const handlers = setUp({ choose });
    for (const input of [
      { ...REQUEST, to: '2026-11-01' },
      { ...REQUEST, statuses: ['done'] },
      { ...REQUEST, from: '23/11/2026' },
    ]) {
      const response = await dispatch(handlers, 'export:write', input);
      expect(response.ok).toBe(false);
    }
    expect(choose).not.toHaveBeenCalled();
  });

  it('writes a ZIP of a period before 1980, which DOS time cannot hold, instead of "date not in range"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const handlers = setUp({ choose: () => Promise.resolve(dir) });
    const response = worded(
      await dispatch(handlers, 'export:write', { ...REQUEST, from: '1975-06-02', to: '1975-06-08', zip: true }),
    );
    expect(response).toMatchObject({ ok: true, value: { status: 'written', zip: join(dir, 'Kanalplan-1975-v23.zip') } });
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const handlers = setUp({ choose: () => Promise.resolve(null) });
    expect(worded(await dispatch(handlers, 'export:write', REQUEST))).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('writes the package from the plan in main, then asks before replacing it in the same folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const choose = vi.fn(() => Promise.resolve(dir));
    const reveal = vi.fn();
    const handlers = setUp({ choose, reveal });
    const folder = join(dir, 'Kanalplan-2026-v48');
    expect(worded(await dispatch(handlers, 'export:write', REQUEST))).toEqual({
      ok: true,
      value: { status: 'written', folder, zip: null, canReveal: true },
    });
    expect(readFileSync(join(folder, 'x/2026-11-24_0900_oppet-hus.txt'), 'utf8')).toBe('Välkommen!');

    const again = await dispatch(handlers, 'export:write', { ...REQUEST, zip: true });
    expect(again).toEqual({ ok: true, value: { status: 'exists', folderName: 'Kanalplan-2026-v48', folder } });
    expect(existsSync(`${folder}.zip`)).toBe(false);
    expect(choose).toHaveBeenCalledTimes(2);

    // "Ersätt": the same folder, without a second folder dialog.
    const replaced = await dispatch(handlers, 'export:write', { ...REQUEST, zip: true, overwrite: true });
    expect(replaced).toEqual({ ok: true, value: { status: 'written', folder, zip: `${folder}.zip`, canReveal: true } });
    expect(choose).toHaveBeenCalledTimes(2);

    expect(await dispatch(handlers, 'export:reveal', null)).toEqual({ ok: true, value: null });
    expect(reveal).toHaveBeenCalledWith(folder);
  });

  it('never replaces a package it did not ask about, even when told to overwrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const handlers = setUp({ choose: () => Promise.resolve(dir) });
    await dispatch(handlers, 'export:write', REQUEST);
    // No "exists" answer came before this one, so there is nothing the user agreed to replace.
    expect(await dispatch(handlers, 'export:write', { ...REQUEST, overwrite: true })).toMatchObject({
      ok: true,
      value: { status: 'exists' },
    });
    // Asked about one week, "Ersätt" for another replaces nothing either.
    const other = { ...REQUEST, from: '2026-11-30', to: '2026-12-06' };
    await dispatch(handlers, 'export:write', other);
    expect(await dispatch(handlers, 'export:write', { ...other, overwrite: false })).toMatchObject({
      value: { status: 'exists' },
    });
    expect(await dispatch(handlers, 'export:write', { ...REQUEST, overwrite: true })).toMatchObject({
      value: { status: 'exists' },
    });
  });

  it('refuses a second write while one is under way, and writes again once it is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    let chosen: (folder: string) => void = () => undefined;
    const choose = vi.fn(() => new Promise<string>((resolve) => (chosen = resolve)));
    const handlers = setUp({ choose });
    const first = dispatch(handlers, 'export:write', REQUEST);
    await vi.waitFor(() => expect(choose).toHaveBeenCalledTimes(1));
    const second = worded(await dispatch(handlers, 'export:write', { ...REQUEST, zip: true }));
    expect(second).toMatchObject({
      ok: false,
      error: { message: 'Ett paket skrivs redan. Vänta tills det är klart och försök igen.' },
    });
    chosen(dir);
    expect(await first).toMatchObject({ ok: true, value: { status: 'written' } });
    expect(existsSync(join(dir, 'Kanalplan-2026-v48.zip'))).toBe(false);
    // Done: the next write is its own again (here the package exists, so it asks).
    const third = dispatch(handlers, 'export:write', REQUEST);
    await vi.waitFor(() => expect(choose).toHaveBeenCalledTimes(2));
    chosen(dir);
    expect(await third).toMatchObject({ ok: true, value: { status: 'exists' } });
  });

  it('writes again after a write that failed, and says when no write is under way any more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const notAFolder = join(dir, 'fil');
    writeFileSync(notAFolder, 'x');
    let chosen: (folder: string) => void = () => undefined;
    const services = openServices(tempDataDir());
    const exporter = new ExportService(services.plan, { choose: () => new Promise<string>((resolve) => (chosen = resolve)) });
    const handlers = createHandlers({ ...services, exports: { choose: () => Promise.resolve(null) }, exporter });
    const failing = dispatch(handlers, 'export:write', REQUEST);
    await vi.waitFor(() => expect(exporter.busy).toBe(true));
    let idle = false;
    const waited = exporter.whenIdle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toBe(false);
    chosen(notAFolder);
    expect(await failing).toMatchObject({ ok: false });
    await waited;
    expect(exporter.busy).toBe(false);

    const again = dispatch(handlers, 'export:write', REQUEST);
    await vi.waitFor(() => expect(exporter.busy).toBe(true));
    chosen(dir);
    expect(await again).toMatchObject({ ok: true, value: { status: 'written' } });
    await exporter.whenIdle();
  });

  /** Three approved posts on X, and an exporter whose progress goes to `tell`, on a clock that stands still. */
  function withProgress(tell: (progress: ExportProgress) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const services = openServices(tempDataDir());
    for (const id of ['a', 'b', 'c']) {
      services.plan.apply({
        type: 'item.create',
        id,
        title: `Inlägg ${id}`,
        status: 'approved',
        date: '2026-11-24',
        channels: ['x'],
      });
      services.plan.apply({ type: 'variant.update', id, channel: 'x', patch: { text: `Text ${id}` } });
    }
    const folder = { choose: () => Promise.resolve(dir) };
    const exporter = new ExportService(services.plan, folder, undefined, undefined, tell, () => 0);
    return { dir, handlers: createHandlers({ ...services, exports: folder, exporter }) };
  }

  it('tells the window how far the ZIP and then the files have come, from none to all', async () => {
    const told: ExportProgress[] = [];
    const { handlers } = withProgress((progress) => told.push(progress));
    expect(worded(await dispatch(handlers, 'export:write', { ...REQUEST, zip: true }))).toMatchObject({
      ok: true,
      value: { status: 'written' },
    });
    // Three posts' files, LÄS-MIG, the schedule and the calendar; the ZIP is the last file written.
    // With the clock standing still, nothing is told between the first and the last of a step.
    expect(told).toEqual([
      { step: 'zip', done: 0, total: 6 },
      { step: 'zip', done: 6, total: 6 },
      { step: 'files', done: 0, total: 7 },
      { step: 'files', done: 7, total: 7 },
    ]);

    // Found there before the ZIP is made: nothing is packed for a package that is then kept.
    told.length = 0;
    expect(await dispatch(handlers, 'export:write', { ...REQUEST, zip: true })).toMatchObject({ value: { status: 'exists' } });
    expect(told).toEqual([]);
    // "Ersätt" packs and writes it.
    expect(await dispatch(handlers, 'export:write', { ...REQUEST, zip: true, overwrite: true })).toMatchObject({
      value: { status: 'written' },
    });
    expect(told.map(({ step, done }) => `${step} ${done}`)).toEqual(['zip 0', 'zip 6', 'files 0', 'files 7']);
  });

  it('writes the package whole when telling its progress fails', async () => {
    const { dir, handlers } = withProgress(() => {
      throw new Error('the window is gone');
    });
    expect(await dispatch(handlers, 'export:write', { ...REQUEST, zip: true })).toMatchObject({
      ok: true,
      value: { status: 'written' },
    });
    expect(readdirSync(join(dir, 'Kanalplan-2026-v48', 'x'))).toHaveLength(3);
    expect(existsSync(join(dir, 'Kanalplan-2026-v48.zip'))).toBe(true);
  });

  it('says in plain Swedish why a write failed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kanalplan-export-')), 'a-file');
    writeFileSync(file, 'x');
    const handlers = setUp({ choose: () => Promise.resolve(file) });
    expect(worded(await dispatch(handlers, 'export:write', REQUEST))).toEqual({
      ok: false,
      error: {
        code: 'export-failed',
        message: 'Exporten kunde inte sparas: platsen är ingen mapp som går att skriva i. Välj en annan mapp.',
      },
    });
  });

  it('has no "Visa mappen" where the OS cannot show a folder (the browser harness)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
    const handlers = setUp({ choose: () => Promise.resolve(dir) });
    const response = await dispatch(handlers, 'export:write', REQUEST);
    expect(response.ok && (response.value as { canReveal: boolean }).canReveal).toBe(false);
    expect((await dispatch(handlers, 'export:reveal', null)).ok).toBe(false);
  });
});

describe('progress, seldom', () => {
  it('passes on the first and the last, and between them at most one in each stretch of the interval', () => {
    let clock = 0;
    const heard: number[] = [];
    const progress = seldom(
      () => clock,
      (done) => heard.push(done),
    );
    for (let done = 0; done <= 100; done += 1) {
      progress(done, 100);
      clock += PROGRESS_EVERY_MS / 4;
    }
    // 0 at once, then every fourth call (a whole interval later), and 100 at the end.
    expect(heard).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80, 84, 88, 92, 96, 100]);
  });
});
