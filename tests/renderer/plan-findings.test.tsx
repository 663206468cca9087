// @vitest-environment happy-dom
// The header's count and the findings panel look at what can still be acted on: posts not yet
// published. A published post keeps its own checks (its card and its editor still show them).
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../../src-shared/checks/checks';
import { useProblemCount } from '../../src-renderer/app/problem-count';
import { planFindings } from '../../src-renderer/features/findings/plan-findings';
import { checksOf } from '../../src-renderer/lib/checks';
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

describe('what the plan counts', () => {
  const findingsOf = (id: string) => checksOf(item(id), plan.settings, NOW, plan.items);

  it('both posts have the over-limit finding of their own', () => {
    expect(findingsOf('draft').map((finding) => finding.rule)).toContain('over-limit');
    expect(findingsOf('published').map((finding) => finding.rule)).toContain('over-limit');
  });

  it('the findings panel lists only the post not yet published', () => {
    expect(planFindings(plan, NOW).map((group) => group.item.id)).toEqual(['draft']);
  });

  it('the header counts only the post not yet published', async () => {
    const { result } = renderHook(() => useProblemCount(plan, NOW));
    await waitFor(() => expect(result.current).not.toBeNull());
    const { error, warning } = countBySeverity(findingsOf('draft'));
    expect(result.current).toBe(error + warning);
  });
});
