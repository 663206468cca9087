// Which posts belong to a series, for the mark on cards and calendar chips: one set per settings
// object, made once however many cards ask.
import type { Settings } from '../../../src-shared/plan/model';

const sets = new WeakMap<Settings['series'], ReadonlySet<string>>();

export function seriesPostIds(settings: Settings): ReadonlySet<string> {
  let ids = sets.get(settings.series);
  if (!ids) {
    ids = new Set(settings.series.flatMap((series) => series.made.map((made) => made.id)));
    sets.set(settings.series, ids);
  }
  return ids;
}
