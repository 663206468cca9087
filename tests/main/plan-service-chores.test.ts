// The weekly chores kept by main's real services on disk (issue 19): a series is topped up when the
// app starts and with the first read or change of a new day, and templates, snippets and series
// travel with the plan in its export file and in its backups.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/plan/model';
import { seriesOf } from '../../src-shared/series/series-posts';
import { writePlanFile } from '../../src-main/services/plan-copy';
import { openServices, tempDataDir } from '../support/store';

const at = (day: string) => () => new Date(`${day}T10:00:00+02:00`);

/** The days of the series' posts the plan holds, in order. */
function seriesDays(plan: Plan): string[] {
  return plan.items
    .filter((item) => seriesOf(plan.settings, item.id) !== null)
    .map((item) => item.date ?? '')
    .sort();
}

function withChores(dir: string, clock = at('2026-09-01')) {
  const services = openServices(dir, { clock });
  const apply = (command: Parameters<typeof services.plan.apply>[0]) => services.plan.apply(command);
  apply({ type: 'item.create', id: 'mon', title: 'Måndagsställning', date: '2026-09-07', time: '08:00', channels: ['x'] });
  apply({ type: 'series.create', id: 'mon', seriesId: 's1', repeat: { frequency: 'weekly', interval: 1, weekdays: [1], monthly: 'dayOfMonth', until: '2027-06-14', count: null }, today: '2026-09-01' });
  apply({ type: 'template.put', template: { id: 't1', name: 'Terminsstart', content: { title: 'Välkommen', notes: '', audiences: ['students'], tags: ['termin'], owner: 'Kim', variants: [] } } });
  apply({ type: 'snippet.put', snippet: { id: 'n1', name: 'Hashtaggar', text: '#ssco #studentliv', channels: ['instagram'] } });
  return services;
}

describe('a series in main', () => {
  it('is topped up at start: a plan opened two weeks later has its posts eight weeks ahead of that day, on disk', () => {
    const dir = tempDataDir();
    const first = withChores(dir);
    expect(seriesDays(first.plan.current().plan).at(-1)).toBe('2026-10-26');
    expect(first.store.close()).toEqual({ status: 'saved' });

    const later = openServices(dir, { clock: at('2026-09-15') });
    expect(seriesDays(later.plan.current().plan).slice(-2)).toEqual(['2026-11-02', '2026-11-09']);
    expect(later.store.close()).toEqual({ status: 'saved' });
    const stored = JSON.parse(readFileSync(`${dir}/items-2026.json`, 'utf8')) as { items: Array<{ id: string }> };
    expect(stored.items.map((item) => item.id)).toContain('s1-20261109');
  });

  it('is topped up with the first read or change of a new day, and the change answers with the new posts', () => {
    let day = '2026-09-01';
    const services = withChores(tempDataDir(), () => at(day)());
    day = '2026-09-08';
    const delta = services.plan.apply({ type: 'item.update', id: 'mon', patch: { owner: 'Kim' } });
    expect(delta.items.map((item) => item.id)).toEqual(expect.arrayContaining(['mon', 's1-20261102']));
    day = '2026-09-16';
    expect(seriesDays(services.plan.recent().plan).at(-1)).toBe('2026-11-09');
    services.store.close();
  });
});

describe('templates, snippets and series in the whole plan', () => {
  it('are in the export file, and an import into an empty folder brings them back', async () => {
    const source = withChores(tempDataDir());
    const path = (await source.exports.choose())!;
    const text = readFileSync(writePlanFile(source.plan.current().plan, path, new Date()), 'utf8');
    const target = openServices(tempDataDir(), { clock: at('2026-09-01') });
    const check = await target.importer.check({ text });
    expect(check.status).toBe('ready');
    if (check.status !== 'ready') return;
    target.importer.commit(check.token);
    const { settings } = target.plan.current().plan;
    expect(settings.templates.map((template) => template.name)).toEqual(['Terminsstart']);
    expect(settings.snippets.map((snippet) => snippet.text)).toEqual(['#ssco #studentliv']);
    expect(settings.series.map((series) => series.rule)).toEqual(source.plan.current().plan.settings.series.map((series) => series.rule));
    expect(seriesDays(target.plan.current().plan)).toEqual(seriesDays(source.plan.current().plan));
    source.store.close();
    target.store.close();
  });

  it('are in a backup: a restore brings back a template, a snippet and a series removed since', () => {
    const services = withChores(tempDataDir());
    const backup = services.store.backupByHand();
    services.plan.apply({ type: 'template.remove', id: 't1' });
    services.plan.apply({ type: 'snippet.remove', id: 'n1' });
    services.plan.apply({ type: 'series.end', seriesId: 's1', today: '2026-09-01' });
    // Every post was still to come: ending the series took them all.
    expect(seriesDays(services.plan.current().plan)).toEqual([]);

    services.plan.restoreBackup(backup!.id);
    const { settings } = services.plan.current().plan;
    expect([settings.templates.length, settings.snippets.length]).toEqual([1, 1]);
    expect(seriesDays(services.plan.current().plan).at(-1)).toBe('2026-10-26');
    services.store.close();
  });
});
