// What the dialog shows before writing, as plain data: the checks that still fail on the posts
// going out. Kept out of the component so it can be tested without rendering.
import { checkItem, type Finding } from '../../../src-shared/checks/checks';
import { concernsPackage } from '../../../src-shared/export/findings';
import type { ExportPost } from '../../../src-shared/export/select';
import type { ContentItem, Plan } from '../../../src-shared/plan/model';

export interface ItemFindings {
  item: ContentItem;
  findings: Finding[];
}

/**
 * What is still wrong with the posts going out: the item's own findings and those of the exported
 * channels that a package speaks of (`concernsPackage`, as LÄS-MIG lists them), here with the clock.
 */
export function failingChecks(posts: readonly ExportPost[], plan: Plan, now: string): ItemFindings[] {
  const channelsOf = new Map<string, Set<string>>();
  for (const post of posts) channelsOf.set(post.item.id, (channelsOf.get(post.item.id) ?? new Set()).add(post.channel));
  const items = [...new Map(posts.map((post) => [post.item.id, post.item])).values()];
  return items
    .map((item) => ({
      item,
      findings: checkItem(item, plan.settings, now).filter((finding) =>
        concernsPackage(finding, channelsOf.get(item.id) ?? new Set()),
      ),
    }))
    .filter((entry) => entry.findings.length > 0);
}
