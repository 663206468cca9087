// @vitest-environment happy-dom
// The renderer reads the plan in two parts: the board can show before the archive (published
// posts more than 30 days old) has come, edits made meanwhile are kept, an archive that belongs
// to a plan since replaced is dropped, and one that fails to come can be asked for again.
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src-shared/calendar/dates';
import { planWithArchive } from '../support/archive-plan';
import { realParts } from '../support/parts';
import { noticeKey, withArchive, withNewNotices } from '../../src-renderer/app/plan-archive';

const { services, bridge: rawBridge, parts } = realParts(10);
const plans = parts.plan;
const today = toDay(new Date());
const { plan, archived, recent } = planWithArchive(today);
services.plan.replacePlan(plan);

/** Holds the archive's answers on their way back until released, or fails them, to see the renderer between the two parts. */
const bridge = rawBridge as unknown as Record<string, (input: unknown) => Promise<unknown>>;
const realArchive = bridge['plan:load-archive']!;
let gate: { release: () => void; promise: Promise<void>; fail: boolean } | null = null;
bridge['plan:load-archive'] = async (input: unknown) => {
  const held = gate;
  // Main answers at once, as it is now; the answer is held on its way back.
  const answer = await realArchive(input);
  if (held) {
    await held.promise;
    if (held.fail) return { ok: false, error: { code: 'internal', message: { key: 'errors.internal', values: { detail: 'Arkivet kunde inte läsas.' } } } };
  }
  return answer;
};
function holdArchive(fail = false) {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  gate = { release, promise, fail };
  return () => {
    gate = null;
    release();
  };
}

const shownIds = () => (plans.getState().plan?.items ?? []).map((item) => item.id).sort();
const until = async (done: () => boolean) => {
  for (let tries = 0; tries < 200 && !done(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
};

describe('the plan in two parts', () => {
  it('shows the working part first and says how many posts are on their way, then adds the archive', async () => {
    const release = holdArchive();
    await plans.getState().load();
    expect(plans.getState().phase).toBe('ready');
    expect(shownIds()).toEqual([...recent].sort());
    expect(plans.getState().archive).toEqual({ state: 'loading', count: archived.length });

    // An edit before the archive has come is kept when it comes.
    await plans.getState().apply({ type: 'item.update', id: 'old-draft', patch: { title: 'Utkast, nu klart' } });
    release();
    await until(() => plans.getState().archive.state === 'loaded');
    expect(shownIds()).toEqual([...recent, ...archived].sort());
    expect(plans.getState().plan?.items.find((item) => item.id === 'old-draft')?.title).toBe('Utkast, nu klart');
    expect(services.plan.current().plan.items.find((item) => item.id === 'old-draft')?.title).toBe('Utkast, nu klart');
  });

  it('drops an archive that belongs to a plan restored since', async () => {
    const backup = services.store.backupByHand();
    expect(backup).not.toBeNull();
    // After the backup, main gets one more archived post; the restore takes the plan back without it.
    const extra = { ...services.plan.current().plan.items.find((item) => item.id === 'weeks-published')!, id: 'extra-archived' };
    services.plan.replacePlan({ ...services.plan.current().plan, items: [...services.plan.current().plan.items, extra] });
    const release = holdArchive();
    await plans.getState().load();
    expect(plans.getState().archive.state).toBe('loading');
    await plans.getState().restoreBackup(backup!.id);
    // The old plan's archive, with the extra post, arrives only now.
    release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownIds()).not.toContain('extra-archived');
    expect(shownIds()).toEqual(services.plan.current().plan.items.map((item) => item.id).sort());
    expect(plans.getState().archive.state).toBe('loaded');
  });

  it('says so when the archive cannot be read, and reads it on "Försök igen"', async () => {
    const release = holdArchive(true);
    await plans.getState().load();
    release();
    await until(() => plans.getState().archive.state === 'failed');
    expect(plans.getState().archive).toEqual({ state: 'failed', count: archived.length });
    expect(plans.getState().error).toBe('Något gick fel: Arkivet kunde inte läsas.');
    expect(shownIds()).toEqual([...recent].sort());

    await plans.getState().retryArchive();
    expect(plans.getState().archive.state).toBe('loaded');
    expect(shownIds()).toEqual([...recent, ...archived].sort());
  });
});

describe('joining the archive and its notices', () => {
  it('adds only posts not here yet: a post the renderer holds is its newer copy and is kept', () => {
    const held = { ...plan.items.find((item) => item.id === 'old-published')!, title: 'Ändrad här' };
    const archive = plan.items.filter((item) => archived.includes(item.id));
    const joined = withArchive({ ...plan, items: [held] }, archive);
    expect(joined.items.map((item) => item.id).sort()).toEqual([...archived].sort());
    expect(joined.items.find((item) => item.id === 'old-published')?.title).toBe('Ändrad här');
  });

  it('brings no notice back that was dismissed meanwhile, and adds one that is new', () => {
    const notice = (file: string) =>
      ({ kind: 'backup-failed', file, keptAs: '', reason: '', backupCreatedAt: null, detectedAt: '2026-11-25T10:00:00.000Z' }) as const;
    const shown = [notice('a')];
    expect(withNewNotices(shown, [notice('a')], new Set())).toBe(shown);
    expect(withNewNotices([], [notice('b')], new Set([noticeKey(notice('b'))]))).toEqual([]);
    expect(withNewNotices(shown, [notice('a'), notice('c')], new Set())).toEqual([notice('a'), notice('c')]);
  });
});
