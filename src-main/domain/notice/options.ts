/**
 * What a person chooses when generating a report, and how its dates are written. Reports are in
 * English; only the dates follow the chosen language, formatted by Intl (full ICU in Node and
 * Electron) so that no month names are kept here.
 */
import { type CalendarDate, isCalendarDate, isTimeZone } from '../deadlines/calendar';

export const REPORT_NAMES = {
  records_of_processing: 'Records of processing activities',
  privacy_notice: 'Privacy notice',
  request_response: 'Response to a data subject request',
  request_backlog: 'Request backlog and metrics',
  vendor_review: 'Vendor review',
} as const;

export type ReportName = keyof typeof REPORT_NAMES;

/** The languages dates can be written in, each named in itself. */
export const DATE_LOCALES = {
  'en-GB': 'English (United Kingdom)',
  'en-US': 'English (United States)',
  'de-DE': 'Deutsch',
  'fr-FR': 'Français',
  'es-ES': 'Español',
  'hi-IN': 'हिन्दी',
} as const;

export type DateLocale = keyof typeof DATE_LOCALES;

export interface ReportOptions {
  dateLocale: DateLocale;
  /** The backlog report's period, 'YYYY-MM-DD'; by default the dashboard's (twelve months up to today). */
  period?: { from: CalendarDate; to: CalendarDate };
  /** The request the response packet is for. */
  requestId?: number;
  /** The vendors (their recipient ids) the vendor report covers; absent or empty: all. */
  vendorIds?: number[];
}

export interface DateFormats {
  /** A calendar date ('2026-03-05') as written in the language: "5 March 2026", "5. März 2026". */
  date(date: CalendarDate): string;
  /** An instant as the date and time it was in the organisation's time zone, with the zone's name. */
  instant(at: Date | string): string;
  /** A month ('2026-03') in short form: "Mar 2026". */
  month(month: string): string;
}

/**
 * Formatters for one report. Calendar dates are dates, not instants, so they are formatted in UTC
 * (never shifted by a zone); instants are shown in the organisation's zone (UTC when the zone is
 * unknown to the runtime). A value that is no date is printed as it is rather than as "Invalid Date".
 */
export function dateFormats(locale: DateLocale, timeZone: string): DateFormats {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
  const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    date: (date) => (isCalendarDate(date) ? day.format(new Date(`${date}T00:00:00Z`)) : date),
    instant(at) {
      const value = typeof at === 'string' ? new Date(at) : at;
      return Number.isNaN(value.getTime()) ? String(at) : moment.format(value);
    },
    month: (month) => (isCalendarDate(`${month}-01`) ? monthYear.format(new Date(`${month}-01T00:00:00Z`)) : month),
  };
}
