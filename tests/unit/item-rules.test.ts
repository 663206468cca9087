// One set of rules for whole items wherever they come in (issue 16): `items.put` (undo, redo, the
// example plan) and an import refuse the same things, and a live link is http(s) in every command.
import { describe, expect, it } from 'vitest';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import { examplePlanItems } from '../../src-shared/example-plan';
import { fittedTo, knownIds } from '../../src-shared/plan/item-rules';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import { NOW, planWith } from '../support/plans';

const base = planWith({ type: 'item.create', id: 'a', title: 'A', channels: ['x'], audiences: ['students'] });
const itemA = base.items[0]!;
const apply = (plan: Plan, command: PlanCommand) => applyCommand(plan, command, NOW);

describe('a live link is an http(s) address in every command that sets one', () => {
  const withLink = (url: string): ContentItem => ({ ...itemA, variants: [{ ...itemA.variants[0]!, publishedUrl: url }] });
  it.each([
    ['variant.update', (url: string) => ({ type: 'variant.update', id: 'a', channel: 'x', patch: { publishedUrl: url } })],
    ['variant.publish', (url: string) => ({ type: 'variant.publish', id: 'a', channel: 'x', url })],
    ['items.put', (url: string) => ({ type: 'items.put', items: [withLink(url)], removeIds: [] })],
  ])('%s refuses javascript:, data: and file: links and takes https', (_name, command) => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'ftp://x.com/a']) {
      expect(PlanCommand.safeParse(command(url)).success, url).toBe(false);
    }
    expect(PlanCommand.safeParse(command('https://x.com/ssco/status/1')).success).toBe(true);
    expect(PlanCommand.safeParse(command('')).success).toBe(true);
  });
});

describe('items.put takes only items that fit the settings', () => {
  it('refuses a text on a channel the settings lack, or two on one channel', () => {
    const onRemoved = { ...itemA, variants: [{ ...itemA.variants[0]!, channel: 'custom-borta' }] };
    expect(() => apply(base, { type: 'items.put', items: [onRemoved], removeIds: [] })).toThrow(/custom-borta” finns inte/);
    const twice = { ...itemA, variants: [itemA.variants[0]!, itemA.variants[0]!] };
    expect(() => apply(base, { type: 'items.put', items: [twice], removeIds: [] })).toThrow(/två varianter/);
  });

  it('refuses an audience the settings lack, but lets an item keep one it already had', () => {
    const ghost = { ...itemA, id: 'b', audiences: ['ghost'] };
    expect(() => apply(base, { type: 'items.put', items: [ghost], removeIds: [] })).toThrow(/målgruppen ”ghost” finns inte/);
    // A plan from before the rule: the item already names "ghost"; putting it back changes nothing new.
    const older: Plan = { ...base, items: [{ ...itemA, audiences: ['ghost'] }] };
    const undone = { ...itemA, title: 'A igen', audiences: ['ghost'] };
    expect(apply(older, { type: 'items.put', items: [undone], removeIds: [] }).items[0]?.title).toBe('A igen');
    expect(apply(older, { type: 'item.update', id: 'a', patch: { audiences: ['ghost', 'students'] } }).items[0]?.audiences).toEqual([
      'ghost',
      'students',
    ]);
  });

  it('item.create and item.update refuse an audience the settings lack', () => {
    expect(() => apply(base, { type: 'item.create', id: 'n', title: 'N', audiences: ['constructor'] })).toThrow(/”constructor” finns inte/);
    expect(() => apply(base, { type: 'item.update', id: 'a', patch: { audiences: ['toString'] } })).toThrow(/”toString” finns inte/);
  });

  it('the example plan, fitted to settings without LinkedIn and the policy’s audiences, loads', () => {
    const settings = {
      ...base.settings,
      channels: base.settings.channels.filter((channel) => channel.id !== 'linkedin'),
      audiences: [{ id: 'medlemmar', label: { sv: 'Medlemmar', en: 'Members' }, archived: false }],
    };
    const plan: Plan = { ...base, settings, items: [] };
    const known = knownIds(settings);
    const items = examplePlanItems('2026-11-24', NOW).map((item) => fittedTo(item, known));
    const loaded = apply(plan, { type: 'items.put', items, removeIds: [] });
    expect(loaded.items).toHaveLength(items.length);
    expect(loaded.items.flatMap((item) => [...item.audiences, ...item.variants.map((v) => v.channel)])).not.toContain('linkedin');
  });
});
