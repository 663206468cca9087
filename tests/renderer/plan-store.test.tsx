// @vitest-environment happy-dom
// The renderer's mirror of the plan, against the real services behind a slow bridge.
import { beforeAll, describe, expect, it } from 'vitest';
import { realParts } from '../support/parts';

const { services, reordered, parts } = realParts(30);
const plans = parts.plan;

beforeAll(async () => {
  services.plan.apply({ type: 'item.create', id: 'a', title: '' });
  await plans.getState().load();
});

const title = () => plans.getState().plan?.items.find((item) => item.id === 'a')?.title;

describe('typing faster than main answers', () => {
  it('never shows an older answer over newer keystrokes, and ends with main agreeing', async () => {
    const { apply } = plans.getState();
    const seen: string[] = [];
    const unsubscribe = plans.subscribe(() => seen.push(title() ?? ''));
    const words = ['S', 'St', 'Sto', 'Stoc', 'Stock', 'Stockh', 'Stockho', 'Stockhol', 'Stockholm'];
    // Answers come back in random order; type until they have overtaken each other at least once.
    for (let round = 0; round < 20 && !reordered(); round += 1) {
      await Promise.all(words.map((text) => apply({ type: 'item.update', id: 'a', patch: { title: text } })));
    }
    unsubscribe();
    expect(reordered(), 'the bridge never answered out of order').toBe(true);
    // Each state shown is at least as long as the one before: nothing typed ever disappears.
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.length).toBeGreaterThanOrEqual(seen[i - 1]!.length);
    expect(title()).toBe('Stockholm');
    expect(services.plan.current().plan.items[0]?.title).toBe('Stockholm');
  });

  it('undoes the typing as one step, then redoes it', async () => {
    const { undo, redo } = plans.getState();
    await undo();
    expect(title()).toBe('');
    expect(services.plan.current().plan.items[0]?.title).toBe('');
    await redo();
    expect(title()).toBe('Stockholm');
    expect(services.plan.current().plan.items[0]?.title).toBe('Stockholm');
  });
});

describe('settings as commands', () => {
  const settings = () => plans.getState().plan?.settings;

  it('records a policy review here and in main, and undoes and redoes it as one step', async () => {
    const { apply } = plans.getState();
    expect(await apply({ type: 'settings.recordPolicyReview', date: '2026-11-24' })).not.toBeNull();
    expect(settings()?.lastPolicyReview).toBe('2026-11-24');
    expect(services.plan.current().plan.settings.lastPolicyReview).toBe('2026-11-24');
    await plans.getState().undo();
    expect(settings()?.lastPolicyReview).toBeNull();
    expect(services.plan.current().plan.settings.lastPolicyReview).toBeNull();
    await plans.getState().redo();
    expect(services.plan.current().plan.settings.lastPolicyReview).toBe('2026-11-24');
    expect(title()).toBe('Stockholm'); // the items were left alone throughout
  });

  it('refuses invalid settings before sending them, with the Swedish message, and changes nothing', async () => {
    const before = plans.getState().plan;
    const step = await plans.getState().apply({ type: 'settings.update', patch: { websiteBaseUrl: 'ssco.se' } });
    expect(step).toBeNull();
    expect(plans.getState().error).toMatch(/^Inställningarna sparades inte: hemsidans adress/);
    expect(plans.getState().plan).toBe(before);
    expect(services.plan.current().plan.settings.websiteBaseUrl).toBe('https://www.ssco.se');
  });
});
