// The header's count of errors and warnings over the posts not yet published. The first count of
// a large plan checks every such post (about half a millisecond each), so it is made in slices
// between frames and the kanban shows first; after that each post's checks are cached and a
// recount is quick.
import { useEffect, useState } from 'react';
import { countBySeverity } from '../../src-shared/checks/checks';
import type { Plan } from '../../src-shared/plan/model';
import { checksOf, countsInPlan } from '../lib/checks';

const SLICE_MS = 12;

/** The count, or null until the first count of the plan is done. */
export function useProblemCount(plan: Plan, now: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  const { items, settings } = plan;
  useEffect(() => {
    let index = 0;
    let total = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      while (index < items.length && performance.now() < until) {
        const item = items[index] as Plan['items'][number];
        index += 1;
        if (!countsInPlan(item)) continue;
        const { error, warning } = countBySeverity(checksOf(item, settings, now, items));
        total += error + warning;
      }
      if (index < items.length) timer = setTimeout(step, 0);
      else setCount(total);
    };
    step();
    return () => clearTimeout(timer);
  }, [items, settings, now]);
  return count;
}
