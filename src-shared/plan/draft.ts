// What a command reads and what it writes (issue #20). A command reads the plan through a
// `PlanReader` and writes only through a `Draft` over it: `put`, `remove`, `setSettings`. What it
// wrote is its change, so no command can forget to say what it changed, and nobody compares
// plans to find out. Main's answer, the undo step and every index are made from that change.
import type { ContentItem, Plan, Settings, StatusId } from './model';
import { byRank, ItemTable, type ItemChanges } from './item-table';

/** The plan as a command may read it. */
export interface PlanReader {
  readonly settings: Settings;
  get(id: string): ContentItem | undefined;
  /** One kanban column's items in rank order. */
  column(status: StatusId): readonly ContentItem[];
  /** Every item: only for a command about the whole plan (a channel removed in the settings). */
  items(): Iterable<ContentItem>;
}

/** What one command changed: the items it wrote (null: removed) and the settings, if it changed them. */
export interface PlanChange {
  items: ItemChanges;
  settings: Settings | null;
}

export const NO_CHANGE: PlanChange = { items: new Map(), settings: null };

/** A reader over an item table and the settings beside it: what main and the renderer hold. */
export function tableReader(table: ItemTable, settings: Settings): PlanReader {
  return {
    settings,
    get: (id) => table.get(id),
    column: (status) => table.column(status),
    items: () => table.values(),
  };
}

/** The writes of a command over a plan it leaves untouched; reads see the writes made so far. */
export class Draft implements PlanReader {
  private readonly written = new Map<string, ContentItem | null>();
  private nextSettings: Settings | null = null;

  constructor(private readonly base: PlanReader) {}

  get settings(): Settings {
    return this.nextSettings ?? this.base.settings;
  }

  get(id: string): ContentItem | undefined {
    return this.written.has(id) ? (this.written.get(id) ?? undefined) : this.base.get(id);
  }

  column(status: StatusId): readonly ContentItem[] {
    const base = this.base.column(status);
    if (this.written.size === 0) return base;
    const kept = base.filter((item) => !this.written.has(item.id));
    for (const item of this.written.values()) if (item?.status === status) kept.push(item);
    return kept.sort(byRank);
  }

  *items(): Iterable<ContentItem> {
    for (const item of this.base.items()) if (!this.written.has(item.id)) yield item;
    for (const item of this.written.values()) if (item) yield item;
  }

  /** Writes an item (new or changed); writing back the very item the plan holds changes nothing. */
  put(item: ContentItem): void {
    if (!this.written.has(item.id) && this.base.get(item.id) === item) return;
    this.written.set(item.id, item);
  }

  remove(id: string): void {
    this.written.set(id, null);
  }

  setSettings(settings: Settings): void {
    this.nextSettings = settings === this.base.settings ? null : settings;
  }

  change(): PlanChange {
    return { items: new Map(this.written), settings: this.nextSettings };
  }
}

/** A reader over a whole `Plan` (tests, the example plan, an import): indexed once, then read. */
export function planReader(plan: Plan): PlanReader {
  return tableReader(ItemTable.of(plan.items), plan.settings);
}

/**
 * `plan` with `change` applied: changed items stay where they stood, new ones go last, removed
 * ones go. For code that holds a whole `Plan` (tests, the example plan); main and the renderer
 * commit changes to their tables instead.
 */
export function withChange(plan: Plan, change: PlanChange): Plan {
  if (change.items.size === 0) return change.settings ? { ...plan, settings: change.settings } : plan;
  const items: ContentItem[] = [];
  for (const item of plan.items) {
    const next = change.items.has(item.id) ? change.items.get(item.id) : item;
    if (next) items.push(next);
  }
  const present = new Set(plan.items.map((item) => item.id));
  for (const [id, item] of change.items) if (item && !present.has(id)) items.push(item);
  return { ...plan, settings: change.settings ?? plan.settings, items };
}
