import { format } from 'date-fns';

/** A stored timestamp as the local day and time the officer saw when they marked it. */
export function localDayAndTime(timestamp: string): { day: string; time: string } {
  const date = new Date(timestamp);
  return { day: format(date, 'yyyy-MM-dd'), time: format(date, 'HH:mm') };
}
