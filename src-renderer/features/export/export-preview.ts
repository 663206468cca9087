// What the dialog shows before writing, as plain data: the checks that still fail on the posts
// going out. Kept out of the component so it can be tested without rendering.
import { checkItem, type Finding } from '../../../src-shared/checks/checks';
import type { ExportPost } from '../../../src-shared/export/select';
import type { ContentItem, Plan } from '../../../src-shared/plan/model';

export interface ItemFindings {
  item: ContentItem;
  findings: Finding[];
}

/**
 * Errors and warnings still on the posts going out: the item's own, and those of the exported
 * channels. Info (a thread, no channels yet) is no reason to stop and look.
 */
export function failingChecks(posts: readonly ExportPost[], plan: Plan, now: string): ItemFindings[] {
  const channelsOf = new Map<string, Set<string>>();
  for (const post of posts) channelsOf.set(post.item.id, (channelsOf.get(post.item.id) ?? new Set()).add(post.channel));
  const items = [...new Map(posts.map((post) => [post.item.id, post.item])).values()];
  return items
    .map((item) => ({
      item,
      findings: checkItem(item, plan.settings, now).filter(
        (finding) => finding.severity !== 'info' && (finding.channel === null || channelsOf.get(item.id)?.has(finding.channel)),
      ),
    }))
    .filter((entry) => entry.findings.length > 0);
}
