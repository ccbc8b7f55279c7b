/** The zone a new workspace counts deadlines in, until the officer sets the organisation's. */
export const NEW_WORKSPACE_ZONE = 'UTC';

/**
 * Today (YYYY-MM-DD) in the zone a test's workspace counts deadlines in; the rig opens the browser
 * in that zone too. Taken from this machine's clock zone instead, a test fails in the hours when
 * the two calendars differ (from 23:00 UTC for a workspace in Berlin).
 */
export function today(timeZone = NEW_WORKSPACE_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
