// The plan as main and the renderer hold it (issue #20): the items normalised in an ItemTable,
// the settings beside them, and a version that counts the changes committed. `Plan`-shaped views
// of it list the items only when asked, once per version: exports, the board and the plan file
// need the list; a keystroke does not.
import { SCHEMA_VERSION, type ContentItem, type Plan, type Settings } from './model';
import { ItemTable } from './item-table';
import { tableReader, type PlanChange, type PlanReader } from './draft';

/** What a committed change did: each changed id's item before it, and whether the settings changed. */
export interface Committed {
  before: ReadonlyMap<string, ContentItem | undefined>;
  after: PlanChange['items'];
  settingsChanged: boolean;
  version: number;
}

export class HeldPlan {
  readonly table = new ItemTable();
  private currentSettings: Settings;
  private count = 0;
  private listed: { version: number; items: ContentItem[] } | null = null;
  private viewed: { version: number; plan: Plan } | null = null;

  constructor(plan: Plan) {
    this.currentSettings = plan.settings;
    this.table.reset(plan.items);
  }

  get settings(): Settings {
    return this.currentSettings;
  }

  /** Bumped by every commit and reset: a cache made at one version is stale at another. */
  get version(): number {
    return this.count;
  }

  reader(): PlanReader {
    return tableReader(this.table, this.currentSettings);
  }

  /** Replaces everything (a load, a restore, an import). */
  reset(plan: Plan): void {
    this.currentSettings = plan.settings;
    this.table.reset(plan.items);
    this.count += 1;
  }

  commit(change: PlanChange): Committed {
    const before = this.table.commit(change.items);
    const settingsChanged = change.settings !== null && change.settings !== this.currentSettings;
    if (change.settings) this.currentSettings = change.settings;
    this.count += 1;
    return { before, after: change.items, settingsChanged, version: this.count };
  }

  /** Every item, listed once per version (O(n) the first time it is asked after a change). */
  items(): ContentItem[] {
    if (this.listed?.version !== this.count) this.listed = { version: this.count, items: [...this.table.values()] };
    return this.listed.items;
  }

  /**
   * A `Plan` of this version whose `items` are listed only when read. Read later, after more
   * changes, it lists the items as they are then: hold the view, not a snapshot.
   */
  view(): Plan {
    // One object per version: whoever compares two views by identity learns whether anything changed.
    if (this.viewed?.version === this.count) return this.viewed.plan;
    const list = () => this.items();
    const plan: Plan = {
      schemaVersion: SCHEMA_VERSION,
      settings: this.currentSettings,
      get items() {
        return list();
      },
    };
    this.viewed = { version: this.count, plan };
    return plan;
  }
}
