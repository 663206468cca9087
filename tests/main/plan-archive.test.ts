// The plan is sent to the renderer in two parts: everything but the archive first, the archive
// (published posts more than 30 days old) after. Together they are the whole plan, once each.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import type { LoadedRecentPlan } from '../../src-shared/ipc/contract';
import type { ContentItem } from '../../src-shared/plan/model';
import { toDay } from '../../src-shared/calendar/dates';
import { planWithArchive } from '../support/archive-plan';
import { openServices, tempDataDir } from '../support/store';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();

describe('the plan in two parts', () => {
  const today = toDay(new Date());
  const { plan, archived, recent } = planWithArchive(today);
  const services = openServices(tempDataDir());
  services.plan.replacePlan(plan);
  const handlers = createHandlers(services);

  it('sends the working part first, with how many posts the archive holds', async () => {
    const answer = await dispatch(handlers, 'plan:load-recent', null);
    if (!answer.ok) throw new Error(answer.error.message.key);
    const { plan: sent, archived: count } = answer.value as LoadedRecentPlan;
    expect(ids(sent.items)).toEqual([...recent].sort());
    expect(count).toBe(archived.length);
    expect(sent.settings).toEqual(services.plan.current().plan.settings);
  });

  it('sends the archive after: the posts the first part left out, and nothing else', async () => {
    const answer = await dispatch(handlers, 'plan:load-archive', null);
    if (!answer.ok) throw new Error(answer.error.message.key);
    const { items } = answer.value as { items: ContentItem[] };
    expect(ids(items)).toEqual([...archived].sort());
    expect(items).toEqual(services.plan.current().plan.items.filter((item) => archived.includes(item.id)));
  });

  it('moves a post out of the archive once it is changed', () => {
    services.plan.apply({ type: 'item.update', id: 'old-published', patch: { title: 'Valet 2025, en rättelse' } });
    expect(ids(services.plan.recent().plan.items)).toContain('old-published');
    expect(ids(services.plan.archive().items)).toEqual(['weeks-published']);
    expect(services.plan.recent().archived).toBe(1);
  });
});
