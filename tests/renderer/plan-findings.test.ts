// The header's count and the findings panel look at what can still be acted on: posts not yet
// published. A published post keeps its own checks (its card and its editor still show them).
import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../../src-shared/checks/checks';
import { PlanModel } from '../../src-renderer/app/plan-model';
import { planFindings } from '../../src-renderer/features/findings/plan-findings';
import { planWith } from '../support/plans';

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
    const overLimit = () => local.checks.findings(local.held.table.get('draft')!, NOW).find((finding) => finding.rule === 'over-limit');
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
