// Order within a kanban column is a number per item, so a move rewrites only the moved item
// (and so only its store partition). Midpoints run out after ~50 inserts in one gap; then the
// column is renumbered once.
export const RANK_STEP = 1024;

interface Ranked {
  rank: number;
}

/** A rank that sorts between `before` and `after` (either may be missing), or null if none fits. */
export function rankBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - RANK_STEP;
  if (after === undefined) return before + RANK_STEP;
  const mid = before + (after - before) / 2;
  return mid > before && mid < after ? mid : null;
}

/** The rank for position `index` in an ordered column, or null when the column must be renumbered. */
export function rankForIndex(column: ReadonlyArray<Ranked>, index: number): number | null {
  return rankBetween(column[index - 1]?.rank, column[index]?.rank);
}

/** Evenly spaced ranks for an ordered column. */
export function renumbered(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i * RANK_STEP);
}
