import { format, formatISO, parseISO } from 'date-fns';

/** "29 Nov 2026" for an ISO date or timestamp; empty for none. */
export function formatDate(iso: string | null): string {
  return iso ? format(parseISO(iso), 'd MMM yyyy') : '';
}

/** "Wednesday 16 December 2026" for an ISO date. */
export function formatLongDate(iso: string): string {
  return format(parseISO(iso), 'EEEE d MMMM yyyy');
}

/** "29 Nov 2026, 14:05" for a timestamp, in this computer's time. */
export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}

/** Today's date on this computer as 2026-11-29. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** The value of an `<input type="datetime-local">` for an instant, to the second (2026-11-29T14:05:37) in this computer's time: an edit keeps the recorded time exactly. */
export function toLocalInput(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ss");
}

/** An `<input type="datetime-local">` value as an ISO instant with this computer's offset (2026-11-29T14:05:00+01:00); '' when empty or impossible. */
export function localInputToInstant(value: string): string {
  const date = parseISO(value);
  return value === '' || Number.isNaN(date.getTime()) ? '' : formatISO(date);
}
