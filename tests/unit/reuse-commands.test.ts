// Duplicate, templates and snippets (issue 19, items 1, 2 and 4): each one command, one undo step.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import type { Plan, Template } from '../../src-shared/plan/model';
import { contentOf } from '../../src-shared/templates/content';
import { insertSnippet, isSlashAtLineStart, snippetsFor } from '../../src-shared/snippets/insert';
import { planWith, stepsFor } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
const apply = (plan: Plan, command: PlanCommand) => applyCommand(plan, command, LATER);

function livePost(): Plan {
  return planWith(
    { type: 'item.create', id: 'p', title: 'Välkommen till terminen', status: 'approved', date: '2026-08-24', time: '09:00', channels: ['website', 'x'] },
    { type: 'variant.update', id: 'p', channel: 'x', patch: { text: 'Välkommen!', hashtags: ['ssco'], date: '2026-08-25', time: '12:00' } },
    { type: 'item.update', id: 'p', patch: { audiences: ['students'], tags: ['termin'], owner: 'Kim', notes: 'Bild från i fjol', principles: { openness: true, clarity: true, credibility: true } } },
    { type: 'variant.publish', id: 'p', channel: 'x', url: 'https://x.com/ssco/status/1' },
  );
}

describe('Duplicera', () => {
  it('copies channels, texts, audiences and tags as a new idea: no date, no marks, its own slug', () => {
    const before = livePost();
    expect(before.items[0]?.variants[0]?.slug).toBe('valkommen-till-terminen'); // fixed when approved
    const { after: plan, undo } = stepsFor(before, { type: 'item.duplicate', id: 'p', newId: 'c', title: 'Välkommen till terminen (kopia)' }, LATER);
    const copy = plan.items.find((item) => item.id === 'c')!;
    expect(copy).toMatchObject({
      status: 'idea', date: null, time: null, audiences: ['students'], tags: ['termin'], owner: 'Kim', notes: 'Bild från i fjol',
      principles: { openness: false, clarity: false, credibility: false }, createdAt: LATER,
    });
    expect(copy.variants.map((v) => [v.channel, v.text, v.hashtags, v.slug, v.date, v.time, v.publishedAt, v.publishedUrl])).toEqual([
      ['website', '', [], '', null, null, null, ''],
      ['x', 'Välkommen!', ['ssco'], '', null, null, null, ''],
    ]);
    expect(plan.items.find((item) => item.id === 'p')).toBe(before.items[0]);
    expect(undo).toEqual({ type: 'plan.patch', items: [{ kind: 'remove', id: 'c' }] });
  });

  it('refuses a taken id and an unknown post', () => {
    expect(() => apply(livePost(), { type: 'item.duplicate', id: 'p', newId: 'p', title: 'x' })).toThrow(/redan ett inlägg/);
    expect(() => apply(livePost(), { type: 'item.duplicate', id: 'nope', newId: 'c', title: 'x' })).toThrow(/finns inte/);
  });
});

describe('templates', () => {
  const template = (plan: Plan): Template => ({ id: 't', name: 'Terminsstart', content: contentOf(plan.items[0]!) });

  it('a saved template makes new ideas with its content and no date', () => {
    const saved = apply(livePost(), { type: 'template.put', template: template(livePost()) });
    const plan = apply(saved, { type: 'item.fromTemplate', templateId: 't', id: 'n' });
    const made = plan.items.find((item) => item.id === 'n')!;
    expect(made).toMatchObject({ title: 'Välkommen till terminen', status: 'idea', date: null, audiences: ['students'], tags: ['termin'], owner: 'Kim' });
    expect(made.variants.map((v) => [v.channel, v.text, v.publishedAt, v.date])).toEqual([['website', '', null, null], ['x', 'Välkommen!', null, null]]);
  });

  it('renames by putting it again, is removed, and each is one settings step', () => {
    const saved = apply(livePost(), { type: 'template.put', template: template(livePost()) });
    const renamed = apply(saved, { type: 'template.put', template: { ...template(livePost()), name: 'Höststart' } });
    expect(renamed.settings.templates.map((t) => t.name)).toEqual(['Höststart']);
    const { after: removed, undo } = stepsFor(renamed, { type: 'template.remove', id: 't' }, LATER);
    expect(removed.settings.templates).toEqual([]);
    expect(undo).toEqual({ type: 'plan.patch', settings: renamed.settings, items: [] });
    expect(() => apply(removed, { type: 'template.remove', id: 't' })).toThrow(/finns inte längre/);
    expect(() => apply(removed, { type: 'item.fromTemplate', templateId: 't', id: 'n' })).toThrow(/finns inte längre/);
  });

  it('leaves out a channel or an audience the settings no longer have', () => {
    const content = { ...contentOf(livePost().items[0]!), audiences: ['students', 'gone'], variants: [{ channel: 'custom-gone', text: 'x', lead: '', hashtags: [], link: '', mediaNote: '', altText: '' }] };
    const plan = apply(apply(livePost(), { type: 'template.put', template: { id: 't', name: 'Gammal', content } }), { type: 'item.fromTemplate', templateId: 't', id: 'n' });
    expect(plan.items.find((item) => item.id === 'n')).toMatchObject({ audiences: ['students'], variants: [] });
  });

  it('a nameless template and a name of spaces are refused by the schema', async () => {
    const { PlanCommand } = await import('../../src-shared/plan/commands');
    const put = (name: string) => PlanCommand.safeParse({ type: 'template.put', template: { ...template(livePost()), name } }).success;
    expect([put(''), put('   '), put('Ok')]).toEqual([false, false, true]);
  });
});

describe('snippets', () => {
  const plan = () =>
    apply(
      apply(planWith(), { type: 'snippet.put', snippet: { id: 's1', name: 'Signatur Instagram', text: '/SSCO', channels: ['instagram'] } }),
      { type: 'snippet.put', snippet: { id: 's2', name: 'Hashtaggar', text: '#ssco #studentliv #stockholm', channels: [] } },
    );

  it('a channel is offered its own snippets and those for every channel, by name', () => {
    expect(snippetsFor(plan().settings, 'instagram').map((s) => s.name)).toEqual(['Hashtaggar', 'Signatur Instagram']);
    expect(snippetsFor(plan().settings, 'x').map((s) => s.name)).toEqual(['Hashtaggar']);
  });

  it('inserts at the cursor, over a selection, with a space between it and a word on either side', () => {
    expect(insertSnippet('Hej', 3, 3, '#ssco')).toEqual({ text: 'Hej #ssco', caret: 9 });
    expect(insertSnippet('Rösta!', 0, 0, '/SSCO')).toEqual({ text: '/SSCO Rösta!', caret: 6 });
    expect(insertSnippet('Hej du', 3, 3, '#ssco')).toEqual({ text: 'Hej #ssco du', caret: 9 });
    expect(insertSnippet('Rösta!', 0, 0, 'Hälsningar\n')).toEqual({ text: 'Hälsningar\nRösta!', caret: 11 });
    expect(insertSnippet('Hej\n', 4, 4, '#ssco')).toEqual({ text: 'Hej\n#ssco', caret: 9 });
    expect(insertSnippet('Hej du', 4, 6, 'ni')).toEqual({ text: 'Hej ni', caret: 6 });
  });

  it('a / at the start of a line opens the list; one inside a line does not', () => {
    expect(isSlashAtLineStart('/', 1)).toBe(true);
    expect(isSlashAtLineStart('Hej\n/', 5)).toBe(true);
    expect(isSlashAtLineStart('och/eller', 4)).toBe(false);
    expect(isSlashAtLineStart('', 0)).toBe(false);
  });

  it('removing one is undone in one step, and an id twice is refused', () => {
    const before = plan();
    const { after, undo } = stepsFor(before, { type: 'snippet.remove', id: 's1' }, LATER);
    expect(apply(after, undo).settings.snippets).toEqual(before.settings.snippets);
    const twice = { ...before.settings, snippets: [...before.settings.snippets, before.settings.snippets[0]!] };
    expect(() => apply(before, { type: 'settings.put', settings: twice })).toThrow(/Textbitar: id ”s1” finns två gånger/);
  });
});

