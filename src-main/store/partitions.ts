// How the plan is split into files (DESIGN §6): one per calendar year of item dates, one for
// the unscheduled backlog, and settings apart, so a change rewrites only what it touches.
import { z } from 'zod';
import { ContentItem, SCHEMA_VERSION, Settings, type Plan } from '../../src-shared/plan/model';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { PartitionKind, StoredDoc } from './migrations';

export const SETTINGS_PARTITION = 'settings';
export const BACKLOG_PARTITION = 'backlog';
const PARTITION_NAME = /^(settings|backlog|items-\d{4})$/;

export const SettingsDoc = z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), settings: Settings });
export const ItemsDoc = z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), items: z.array(ContentItem) });
export type SettingsDoc = z.infer<typeof SettingsDoc>;
export type ItemsDoc = z.infer<typeof ItemsDoc>;

export function isPartitionName(name: string): boolean {
  return PARTITION_NAME.test(name);
}

export function kindOf(partition: string): PartitionKind {
  return partition === SETTINGS_PARTITION ? 'settings' : 'items';
}

export function partitionOf(item: Pick<ContentItem, 'date'>): string {
  return item.date ? `items-${item.date.slice(0, 4)}` : BACKLOG_PARTITION;
}

export function schemaFor(partition: string): z.ZodType {
  return kindOf(partition) === 'settings' ? SettingsDoc : ItemsDoc;
}

/** The document stored for one partition of the in-memory plan. */
export function partitionDoc(plan: Plan, partition: string): SettingsDoc | ItemsDoc {
  if (partition === SETTINGS_PARTITION) return { schemaVersion: SCHEMA_VERSION, settings: plan.settings };
  return { schemaVersion: SCHEMA_VERSION, items: plan.items.filter((item) => partitionOf(item) === partition) };
}

/**
 * Joins the items of all partitions. An item moved between partitions is written to its new
 * one first, so after a crash it may stand in both: the newest `updatedAt` wins, compared as
 * instants (timestamps may carry different offsets, so their strings do not sort by time).
 */
export function mergeItems(partitions: ReadonlyArray<ReadonlyArray<ContentItem>>): ContentItem[] {
  const byId = new Map<string, ContentItem>();
  for (const items of partitions) {
    for (const item of items) {
      const seen = byId.get(item.id);
      if (!seen || Date.parse(item.updatedAt) > Date.parse(seen.updatedAt)) byId.set(item.id, item);
    }
  }
  return [...byId.values()];
}

/** The plan that a set of partition documents holds: settings from their own, items joined. */
export function planOfDocs(docs: ReadonlyMap<string, StoredDoc | object>): Plan {
  const settingsDoc = docs.get(SETTINGS_PARTITION) as { settings?: Settings } | undefined;
  const itemLists = [...docs.entries()]
    .filter(([partition]) => partition !== SETTINGS_PARTITION)
    .map(([, doc]) => (doc as { items: ContentItem[] }).items);
  return { ...emptyPlan(settingsDoc?.settings ?? emptyPlan().settings), items: mergeItems(itemLists) };
}

