// The header's count and the findings panel look at what can still be acted on: posts not yet
// published. A published post keeps its own checks (its card and its editor still show them).
import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../../src-shared/checks/checks';
import { PlanModel } from '../../src-renderer/app/plan-model';
import { planFindings } from '../../src-renderer/features/findings/plan-findings';
import { planWith } from '../support/plans';
import { changeOf, type PlanCommand } from '../../src-shared/plan/commands';
import { generatePlan } from '../../bench/plan-generator';

const tooLong = 'Studentbostäder nu. '.repeat(160); // 3,200 characters, over LinkedIn's 3,000
const plan = planWith(
  { type: 'item.create', id: 'draft', title: 'Utkast', date: '2027-03-01', channels: ['linkedin'] },
  { type: 'variant.update', id: 'draft', channel: 'linkedin', patch: { text: tooLong } },
  { type: 'item.create', id: 'published', title: 'Publicerad', date: '2027-03-02', channels: ['linkedin'] },
  { type: 'variant.update', id: 'published', channel: 'linkedin', patch: { text: tooLong } },
  { type: 'item.move', id: 'published', status: 'published', index: 0 },
);
const NOW = '2027-02-01T10:00';
const item = (id: string) => plan.items.find((candidate) => candidate.id === id)!;
const model = new PlanModel();
model.reset(plan);

describe('what the plan counts', () => {
  const findingsOf = (id: string) => model.checks.findings(item(id), NOW);

  it('both posts have the over-limit finding of their own', () => {
    expect(findingsOf('draft').map((finding) => finding.rule)).toContain('over-limit');
    expect(findingsOf('published').map((finding) => finding.rule)).toContain('over-limit');
  });

  it('the findings panel lists only the post not yet published', () => {
    expect(planFindings(model, NOW).map((group) => group.item.id)).toEqual(['draft']);
  });

  it('the header counts only the post not yet published, once the first count is made', () => {
    expect(model.checks.total(NOW)).toBeNull();
    model.checks.countSome(Number.POSITIVE_INFINITY);
    const { error, warning } = countBySeverity(findingsOf('draft'));
    expect(model.checks.total(NOW)).toBe(error + warning);
  });
});

describe('findings kept between asks', () => {
  it('are worded with the settings of now: a channel renamed since is named anew', () => {
    const local = new PlanModel();
    local.reset(plan);
    local.checks.countSome(Number.POSITIVE_INFINITY);
    const overLimit = () =>
      local.checks.findings(local.held.table.get('draft')!, NOW).find((finding) => finding.rule === 'over-limit');
    expect(overLimit()?.message.values?.channel).toEqual(expect.objectContaining({ sv: 'LinkedIn' }));
    const renamed = {
      ...plan.settings,
      channels: plan.settings.channels.map((channel) =>
        channel.id === 'linkedin' ? { ...channel, label: { sv: 'LinkedIn (SSCO)', en: 'LinkedIn (SSCO)' } } : channel,
      ),
    };
    local.commit({ items: new Map(), settings: renamed });
    expect(overLimit()?.message.values?.channel).toEqual(expect.objectContaining({ sv: 'LinkedIn (SSCO)' }));
    // A name is not a count: the header's total stands as it was.
    const { error, warning } = countBySeverity(local.checks.findings(local.held.table.get('draft')!, NOW));
    expect(local.checks.total(NOW)).toBe(error + warning);
  });
});

describe('the panel’s order kept between openings', () => {
  it('is the same array while the plan and the minute stay, and made again after a change or a minute', () => {
    const local = new PlanModel();
    local.reset(plan);
    const first = planFindings(local, NOW);
    expect(planFindings(local, NOW)).toBe(first);
    // Another minute: a post's time may have come.
    const later = planFindings(local, '2027-02-01T10:01');
    expect(later).not.toBe(first);
    expect(later).toEqual(first);
    // The draft published: nothing left to list.
    local.commit(changeOf(local.held.reader(), { type: 'item.move', id: 'draft', status: 'published', index: 0 }, NOW));
    expect(planFindings(local, '2027-02-01T10:01').map((group) => group.item.id)).toEqual([]);
  });
});

describe('the panel’s order from the counts kept', () => {
  const RANK = { error: 0, warning: 1, info: 2 } as const;
  // Every status at every date: late posts, collisions, errors, warnings and infos among 600 posts.
  const generated = generatePlan(600, { spread: 'uniform', day: '2026-11-25' });
  const large = new PlanModel();
  large.reset(generated);
  large.checks.countSome(Number.POSITIVE_INFINITY);

  it.each(['2026-11-25T10:00', '2027-06-01T08:00'])('at %s, each post’s worst finding is the one its findings have', (now) => {
    let posts = 0;
    for (const post of large.held.table.values()) {
      const findings = large.checks.findings(post, now);
      const worst = findings.length === 0 ? null : Math.min(...findings.map((finding) => RANK[finding.severity]));
      expect(large.checks.worstOf(post, now), post.id).toBe(worst);
      if (worst !== null) posts += 1;
    }
    expect(posts).toBeGreaterThan(100);
    expect(planFindings(large, now).length).toBe(
      [...large.held.table.values()].filter((post) => post.status !== 'published' && large.checks.findings(post, now).length > 0)
        .length,
    );
  });

  it('lists, within each severity, today and the days ahead first, then the late posts newest first, then the undated', () => {
    const now = '2026-11-25T10:00';
    const groups = planFindings(large, now);
    const whens = groups.map(({ worst, item }) => ({ worst, date: item.date }));
    const band = (date: string | null) => (date === null ? 2 : date >= '2026-11-25' ? 0 : 1);
    for (const [before, after] of whens.slice(1).map((when, i) => [whens[i]!, when] as const)) {
      expect(before.worst).toBeLessThanOrEqual(after.worst);
      if (before.worst !== after.worst) continue;
      expect(band(before.date)).toBeLessThanOrEqual(band(after.date));
      if (band(before.date) !== band(after.date) || before.date === null || after.date === null) continue;
      if (band(before.date) === 0) expect(before.date <= after.date).toBe(true);
      else expect(before.date >= after.date).toBe(true);
    }
    // Each band is there in the plan, so the order above is tested, not vacuous.
    const bands = new Set(whens.filter(({ worst }) => worst === whens[0]!.worst).map(({ date }) => band(date)));
    expect(bands).toEqual(new Set([0, 1, 2]));
    expect(groups[0]!.item.date! >= '2026-11-25').toBe(true);
  });
});

describe('a post whose one warning is its shared slot', () => {
  it('is listed as a warning in the panel’s order', () => {
    const slot = (id: string): PlanCommand[] => [
      { type: 'item.create', id, title: id, date: '2027-03-10', time: '09:00', channels: ['x'] },
      { type: 'item.update', id, patch: { audiences: ['students'] } },
      { type: 'variant.update', id, channel: 'x', patch: { text: `Hej från ${id}` } },
    ];
    const shared = new PlanModel();
    shared.reset(planWith(...slot('first'), ...slot('second')));
    const first = shared.held.table.get('first')!;
    const warnings = shared.checks.findings(first, NOW).filter((finding) => finding.severity !== 'info');
    expect(warnings.map((finding) => finding.rule)).toEqual(['slot-collision']);
    expect(shared.checks.worstOf(first, NOW)).toBe(1);
  });
});
