export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export function vitestCounts(report: unknown): Counts;
export function playwrightCounts(report: unknown): Counts;
export function totalCounts(vitest: unknown, playwright: unknown): Counts;
