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
  return [...model.held.table.values()]
    .filter(countsInPlan)
    .map((item) => ({ item, findings: model.checks.findings(item, now) }))
    .filter((group) => group.findings.length > 0)
    .sort((a, b) => worst(a) - worst(b) || (a.item.date ?? '9999').localeCompare(b.item.date ?? '9999'));
}

function worst(group: PostFindings): number {
  return Math.min(...group.findings.map((finding) => RANK[finding.severity]));
}
