import { call, COOKIE_CATEGORIES, COOKIE_PARTIES, type Cookie } from '../../../app/api';
import { codeFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { CookieEditor } from './CookieEditor';

export const cookiesArea: AreaDef<Cookie, SortKey<'inventory.cookies.list'>, Cookie> = {
  area: 'cookies',
  noun: { one: 'cookie', many: 'cookies' },
  columns: [
    NAME_COLUMN,
    { id: 'provider', header: 'Provider', cell: (cookie) => cookie.provider, sortBy: 'provider' },
    { id: 'party', header: 'Party', cell: (cookie) => COOKIE_PARTIES[cookie.party], width: 120 },
    { id: 'category', header: 'Category', cell: (cookie) => COOKIE_CATEGORIES[cookie.category], sortBy: 'category' },
    { id: 'duration', header: 'Duration', cell: (cookie) => cookie.duration, width: 130 },
    { id: 'activity', header: 'Activity', cell: (cookie) => cookie.activityName },
    UPDATED_COLUMN,
  ],
  filters: [vocabularyFilter('category', 'Category', COOKIE_CATEGORIES), vocabularyFilter('party', 'Party', COOKIE_PARTIES)],
  load: ({ filters, ...request }) =>
    call('inventory.cookies.list', {
      ...request,
      filters: { category: codeFilter(COOKIE_CATEGORIES, filters.category), party: codeFilter(COOKIE_PARTIES, filters.party) },
    }),
  get: (id) => call('inventory.cookies.get', { id }),
  Editor: CookieEditor,
};
