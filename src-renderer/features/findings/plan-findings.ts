// Every finding of the posts not yet published, grouped by post: the posts with an error first, then warnings,
// then the rest; within a group, the order the checks give (most serious first). Made when the
// panel opens: the one place that checks every post in full.
import type { Finding, Severity } from '../../../src-shared/checks/checks';
import type { ContentItem } from '../../../src-shared/plan/model';
import type { PlanModel } from '../../app/plan-model';
import { countsInPlan } from '../../lib/check-index';

export interface PostFindings {
  item: ContentItem;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function planFindings(model: PlanModel, now: string): PostFindings[] {
  const groups: Array<PostFindings & { worst: number; day: string }> = [];
  for (const item of model.held.table.values()) {
    if (!countsInPlan(item)) continue;
    const findings = model.checks.findings(item, now);
    if (findings.length === 0) continue;
    // Each group's sort keys made once, not at every comparison (thousands of groups at 10,000 posts).
    const worst = Math.min(...findings.map((finding) => RANK[finding.severity]));
    groups.push({ item, findings, worst, day: item.date ?? '9999' });
  }
  // A stable sort: posts of one day keep the order the table holds them in.
  return groups
    .sort((a, b) => a.worst - b.worst || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map(({ item, findings }) => ({ item, findings }));
}
