// The order of a flush when one partition cannot be written (DESIGN §6). A move rewrites two
// files: the one the item joins is written first, and if that fails, the one it leaves is not
// written in that flush, so the item is on disk in one file or both, never in neither. The flush
// stops there; everything stays pending and is written once the disk lets it. The older test
// fails every write, so it cannot tell stopping from writing on; here only one file fails.
// Told through the store's public face (apply, flush, save state, the files, the next start).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusingFs } from '../support/refusing-fs';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { openServices, tempDataDir } from '../support/store';

/** A clock that moves a second at each look, from a fixed day: each change is newer than the last. */
function ticking(): () => Date {
  let at = Date.parse('2026-11-24T10:00:00Z');
  return () => new Date((at += 1000));
}

const idsIn = (dir: string, partition: string): string[] =>
  existsSync(join(dir, `${partition}.json`))
    ? (JSON.parse(readFileSync(join(dir, `${partition}.json`), 'utf8')) as { items: Array<{ id: string }> }).items.map(
        (item) => item.id,
      )
    : [];

const MOVES: Array<{ name: string; start: string | null; move: PlanCommand; leaves: string; joins: string }> = [
  {
    name: 'scheduled from the backlog',
    start: null,
    move: { type: 'item.schedule', id: 'a', date: '2026-12-01' },
    leaves: 'backlog',
    joins: 'items-2026',
  },
  {
    name: 'taken back to the backlog',
    start: '2026-12-01',
    move: { type: 'item.unschedule', id: 'a' },
    leaves: 'items-2026',
    joins: 'backlog',
  },
  {
    name: 'moved to another year',
    start: '2026-12-01',
    move: { type: 'item.schedule', id: 'a', date: '2027-01-04' },
    leaves: 'items-2026',
    joins: 'items-2027',
  },
];

describe('a move whose new partition cannot be written', () => {
  it.each(MOVES)('$name: the file it leaves is not written, and a retry writes both', ({ start, move, leaves, joins }) => {
    const dir = tempDataDir();
    const disk = refusingFs();
    const options = { fs: disk.fs, clock: ticking(), flushDelayMs: 60_000 };
    const services = openServices(dir, options);
    // Another item keeps the file the item leaves in use, so that file is rewritten, not removed.
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Flyttas', date: start });
    services.plan.apply({ type: 'item.create', id: 'b', title: 'Stannar', date: start });
    expect(services.store.flush()).toEqual({ status: 'saved' });
    const left = readFileSync(join(dir, `${leaves}.json`));

    disk.refuse('ENOSPC', (name) => name.startsWith(`${joins}.`));
    services.plan.apply(move);
    expect(services.store.flush()).toMatchObject({ status: 'failing', problem: 'disk-full' });
    expect(readFileSync(join(dir, `${leaves}.json`)).equals(left)).toBe(true);
    expect(idsIn(dir, leaves)).toEqual(expect.arrayContaining(['a', 'b']));
    // A start now (as after a crash) has the item.
    const restarted = openServices(dir, { clock: ticking(), flushDelayMs: 60_000 }).plan.current().plan;
    expect(restarted.items.map((item) => item.id).sort()).toEqual(['a', 'b']);

    disk.refuse(null);
    expect(services.store.flush()).toEqual({ status: 'saved' });
    expect(idsIn(dir, joins)).toEqual(['a']);
    expect(idsIn(dir, leaves)).toEqual(['b']);
  });
});
