// The renderer's plan (issue #20): the items normalised as main holds them, and everything the
// views derive from them (posts by day, the filter's choices, the search's text, the checks),
// each kept from what a change touched. One per app root (createPlanStore makes it); the store's
// `version` says when it changed, since the model itself is changed in place.
import type { PlanChange } from '../../src-shared/plan/draft';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { HeldPlan, type Committed } from '../../src-shared/plan/held-plan';
import type { Plan, StatusId } from '../../src-shared/plan/model';
import { CheckIndex } from '../lib/check-index';
import { FacetCounts } from '../lib/facets';
import { SearchIndex } from '../lib/search-index';
import { FilterView } from '../lib/visible-items';
import { PublishedWindow } from '../features/kanban/published-window';
import { DayIndex } from './day-index';

/** How many changes back `changedSince` can answer; older asks rebuild what they derived. */
const LOG_LIMIT = 64;
/** A change of more posts than this rebuilds what is derived instead of moving each post. */
const BULK = 256;

interface Logged {
  version: number;
  ids: readonly string[];
  /** The columns the change moved an item in or out of, or reordered. */
  statuses: ReadonlySet<StatusId>;
}

export class PlanModel {
  readonly held = new HeldPlan(emptyPlan());
  readonly days = new DayIndex();
  readonly facets = new FacetCounts();
  readonly search = new SearchIndex();
  readonly checks = new CheckIndex(this.held.table);
  /** What the filter shows, per filter; kept from the changes logged below. */
  readonly filter = new FilterView(this);
  /** Publicerad's recent posts. */
  readonly published = new PublishedWindow(this);
  private log: Logged[] = [];
  private resetAt = 0;

  constructor() {
    // Before the first load the checks read the empty plan's settings (the policy's defaults).
    this.checks.reset(this.held.settings);
  }

  get version(): number {
    return this.held.version;
  }

  reset(plan: Plan): void {
    this.held.reset(plan);
    this.rebuild();
  }

  /** Everything derived made afresh from the posts held; what was derived before is stale. */
  private rebuild(): void {
    const items = [...this.held.table.values()];
    this.days.reset(items);
    this.facets.reset(items);
    this.checks.reset(this.held.settings);
    this.log = [];
    this.resetAt = this.held.version;
  }

  commit(change: PlanChange): Committed {
    const committed = this.held.commit(change);
    if (committed.after.size > BULK) {
      // Many posts at once (the archive coming in, an import): everything derived is made again
      // in one pass, far cheaper than moving thousands of posts one by one.
      this.rebuild();
      return committed;
    }
    this.days.commit(committed);
    this.facets.commit(committed);
    this.checks.commit(committed, this.held.settings);
    const statuses = new Set<StatusId>();
    for (const [id, next] of committed.after) {
      const previous = committed.before.get(id);
      if (previous) statuses.add(previous.status);
      if (next) statuses.add(next.status);
    }
    this.log = [...this.log.slice(1 - LOG_LIMIT), { version: committed.version, ids: [...committed.after.keys()], statuses }];
    return committed;
  }

  /**
   * The ids changed after `version`, and the columns those changes touched; null when that is
   * further back than the log goes (or before a reset), and whatever was derived must be rebuilt.
   */
  changedSince(version: number): { ids: Set<string>; statuses: Set<StatusId> } | null {
    if (version < this.resetAt || (this.log[0] && version < this.log[0].version - 1)) return null;
    if (!this.log[0] && version !== this.version) return null;
    const ids = new Set<string>();
    const statuses = new Set<StatusId>();
    for (const entry of this.log) {
      if (entry.version <= version) continue;
      for (const id of entry.ids) ids.add(id);
      for (const status of entry.statuses) statuses.add(status);
    }
    return { ids, statuses };
  }
}
