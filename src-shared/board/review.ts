// The yearly policy review (policy, "Ansvar"): the board raises the communications policy once
// per operating year. Pure string arithmetic on `yyyy-MM-dd` days: `today` is the only clock.
import type { Settings } from '../plan/model';

/** The first day of the operating year holding `today`, for a year starting in `startMonth` (1 = January). */
export function operatingYearStart(today: string, startMonth: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  return `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
}

export interface PolicyReviewStatus {
  /** True when the policy has not been raised since the current operating year began. */
  due: boolean;
  yearStart: string;
  lastReview: string | null;
}

export function policyReviewStatus(
  settings: Pick<Settings, 'lastPolicyReview' | 'operatingYearStartMonth'>,
  today: string,
): PolicyReviewStatus {
  const yearStart = operatingYearStart(today, settings.operatingYearStartMonth);
  const lastReview = settings.lastPolicyReview;
  return { due: lastReview === null || lastReview < yearStart, yearStart, lastReview };
}
