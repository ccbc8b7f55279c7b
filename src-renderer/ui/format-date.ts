import { format, parseISO } from 'date-fns';

/** "29 Nov 2026" for an ISO date or timestamp; empty for none. */
export function formatDate(iso: string | null): string {
  return iso ? format(parseISO(iso), 'd MMM yyyy') : '';
}
