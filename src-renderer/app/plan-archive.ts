// The archive (old published posts, `src-shared/archive.ts`) arrives after the rest of the plan.
// It is added, never merged over: a post already here is the renderer's newer copy.
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import type { StoreNotice } from '../../src-shared/ipc/store-types';

export type ArchiveState =
  | { state: 'loaded' }
  | { state: 'loading'; count: number }
  | { state: 'failed'; count: number };

export const ARCHIVE_LOADED: ArchiveState = { state: 'loaded' };

/** The plan with the archive's posts that it does not hold yet. */
export function withArchive(plan: Plan, archive: readonly ContentItem[]): Plan {
  const present = new Set(plan.items.map((item) => item.id));
  const missing = archive.filter((item) => !present.has(item.id));
  return missing.length === 0 ? plan : { ...plan, items: [...plan.items, ...missing] };
}

/** How many posts of the plan are not here yet. */
export function archiveWaiting(archive: ArchiveState): number {
  return archive.state === 'loaded' ? 0 : archive.count;
}

/**
 * The notices shown, with those main tells now that are new: neither shown already nor dismissed
 * meanwhile (main may have answered before it heard of the dismissal). The same list if none is.
 */
export function withNewNotices(shown: StoreNotice[], told: readonly StoreNotice[], dismissed: ReadonlySet<string>): StoreNotice[] {
  const known = new Set([...shown.map(noticeKey), ...dismissed]);
  const added = told.filter((notice) => !known.has(noticeKey(notice)));
  return added.length === 0 ? shown : [...shown, ...added];
}

export function noticeKey(notice: StoreNotice): string {
  return JSON.stringify(notice);
}
