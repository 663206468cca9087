// Ordering that every machine agrees on. Ids, dates and times are compared by code units, never
// by the locale (whose rules differ between machines and versions); titles use one fixed collation.

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Swedish collation, fixed: "Ärende" after "Zebra" on every machine, whatever its own locale. */
export const compareTitles: (a: string, b: string) => number = new Intl.Collator('sv').compare;
