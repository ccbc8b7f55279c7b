import { Badge } from '@mantine/core';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, call, LEGAL_BASES, type Activity, type ActivityRow, type ActivityStatus } from '../../../app/api';
import { formatDate } from '../../../ui/format-date';
import { clipped, codeFilter, idFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import { categoryNameSource, recipientsSource, systemSource } from '../picker-sources';
import type { AreaDef } from '../RecordAreaView';
import { ActivityEditor } from './ActivityEditor';

const STATUS_COLORS = { draft: 'gray', active: 'teal', retired: 'dark' } as const satisfies Record<ActivityStatus, string>;

export const activitiesArea: AreaDef<ActivityRow, SortKey<'inventory.activities.list'>, Activity> = {
  area: 'activities',
  noun: { one: 'activity', many: 'activities' },
  columns: [
    NAME_COLUMN,
    { id: 'owner', header: 'Owner', cell: (activity) => activity.owner, sortBy: 'owner' },
    {
      id: 'status',
      header: 'Status',
      cell: (activity) => (
        <Badge size="sm" variant="light" color={STATUS_COLORS[activity.status]}>
          {ACTIVITY_STATUSES[activity.status]}
        </Badge>
      ),
      sortBy: 'status',
      width: 110,
    },
    { id: 'role', header: 'Role', cell: (activity) => ACTIVITY_ROLES[activity.role], hidden: true },
    { id: 'purposes', header: 'Purposes', cell: (activity) => clipped(activity.purposes.join('; ')) },
    { id: 'legalBases', header: 'Legal bases', cell: (activity) => clipped(activity.legalBases.map((basis) => LEGAL_BASES[basis]).join('; ')) },
    {
      id: 'special',
      header: 'Special data',
      cell: (activity) =>
        activity.special && (
          <Badge size="xs" variant="light" color="red">
            Special
          </Badge>
        ),
      width: 110,
    },
    { id: 'categories', header: 'Categories', cell: (activity) => activity.categoryCount, width: 100, hidden: true },
    { id: 'systems', header: 'Systems', cell: (activity) => activity.systemCount, width: 90, hidden: true },
    { id: 'recipients', header: 'Recipients', cell: (activity) => activity.recipientCount, width: 100, hidden: true },
    { id: 'reviewed', header: 'Last reviewed', cell: (activity) => formatDate(activity.lastReviewedOn), sortBy: 'lastReviewedOn', width: 130 },
    UPDATED_COLUMN,
  ],
  filters: [
    vocabularyFilter('status', 'Status', ACTIVITY_STATUSES),
    vocabularyFilter('legalBasis', 'Legal basis', LEGAL_BASES),
    vocabularyFilter('role', 'Role', ACTIVITY_ROLES),
    { type: 'record', key: 'categoryId', label: 'Data category', source: categoryNameSource },
    { type: 'record', key: 'systemId', label: 'System', source: systemSource },
    { type: 'record', key: 'recipientId', label: 'Recipient', source: recipientsSource },
  ],
  load: ({ filters, ...request }) =>
    call('inventory.activities.list', {
      ...request,
      filters: {
        status: codeFilter(ACTIVITY_STATUSES, filters.status),
        legalBasis: codeFilter(LEGAL_BASES, filters.legalBasis),
        role: codeFilter(ACTIVITY_ROLES, filters.role),
        categoryId: idFilter(filters.categoryId),
        systemId: idFilter(filters.systemId),
        recipientId: idFilter(filters.recipientId),
      },
    }),
  get: (id) => call('inventory.activities.get', { id }),
  Editor: ActivityEditor,
};
