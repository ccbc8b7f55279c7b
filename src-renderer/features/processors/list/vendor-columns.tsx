import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { SERVICE_KINDS, VENDOR_ROLES, type VendorRow, type VendorSort } from '../../../app/api';
import type { Column } from '../../../ui/record-table/types';
import { DpaBadge, FlagBadges, NextReview, TierBadge } from '../vendor-badges';

const shortRole = (row: VendorRow) => VENDOR_ROLES[row.role].replace(/ \(.*\)$/, '');

/** The vendor list's columns; categories are derived from the inventory, the first few by name. */
export const VENDOR_COLUMNS: Column<VendorRow, VendorSort>[] = [
  { id: 'name', header: 'Vendor', sortBy: 'name', cell: (row) => <Text size="sm" fw={500}>{row.name}</Text> },
  {
    id: 'services',
    header: 'Services',
    cell: (row) =>
      row.services.length === 0 ? (
        <Text size="sm" c="dimmed">
          None given
        </Text>
      ) : (
        row.services.map((service) => SERVICE_KINDS[service]).join(', ')
      ),
  },
  { id: 'role', header: 'Role', cell: shortRole },
  { id: 'tier', header: 'Risk', sortBy: 'tier', width: 150, cell: (row) => <TierBadge tier={row.tier} points={row.points} /> },
  { id: 'nextReview', header: 'Next review', sortBy: 'nextReview', width: 150, cell: (row) => <NextReview on={row.nextReviewOn} /> },
  { id: 'flags', header: 'Flags', cell: (row) => <FlagBadges flags={row.flags} /> },
  { id: 'dpa', header: 'Processing agreement', width: 170, cell: (row) => <DpaBadge status={row.dpaStatus} /> },
  {
    id: 'categories',
    header: 'Data received',
    cell: (row) =>
      row.categoryCount === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing in the inventory
        </Text>
      ) : (
        <Group gap={6} wrap="nowrap">
          {row.receivesSpecial && (
            <Tooltip label="Special-category, criminal or sensitive data">
              <Badge color="grape" variant="filled" size="xs" aria-label="Special-category, criminal or sensitive data">
                Special
              </Badge>
            </Tooltip>
          )}
          <Text size="sm">
            {row.categories.join(', ')}
            {row.categoryCount > row.categories.length && ` and ${row.categoryCount - row.categories.length} more`}
          </Text>
        </Group>
      ),
  },
  {
    id: 'score',
    header: 'Questionnaire',
    width: 120,
    cell: (row) =>
      row.questionnaireScore === null ? (
        <Text size="sm" c="dimmed">
          Not answered
        </Text>
      ) : (
        `${row.questionnaireScore} / 100`
      ),
  },
];
