// The time the end-to-end tests run the app at. The page runs in the app's own time zone
// (playwright.config.ts), and so does the harness, so that both call the same day today; a test's
// `now` is a wall-clock time there, as a person in Stockholm reads it.
export const APP_TIME_ZONE = 'Europe/Stockholm';

/** How far the app's zone is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: APP_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - (instant - (instant % 1000));
}

/**
 * The instant a wall-clock time such as `2026-10-25T10:00` names in the app's zone. The offset is
 * looked up twice, at the guess and at the result, so a day when summer time ends comes out right.
 */
export function wallClockInstant(local: string): Date {
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) throw new Error(`Not a wall-clock time: ${local}`);
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess));
}
