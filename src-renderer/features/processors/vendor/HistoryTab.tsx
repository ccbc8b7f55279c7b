import { Table, Text } from '@mantine/core';
import type { VendorDetail } from '../../../app/api';
import { formatDate } from '../../../ui/format-date';
import { DecisionBadge, TierBadge } from '../vendor-badges';


/** Every review decided, newest first, with the risk as it stood then. */
export function HistoryTab({ vendor }: { vendor: VendorDetail }) {
  if (vendor.reviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Never reviewed. Choose “Start review” to go through the vendor step by step and record a decision.
      </Text>
    );
  }
  return (
    <Table aria-label="Reviews" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Reviewed</Table.Th>
          <Table.Th>Decision</Table.Th>
          <Table.Th>Conditions or reasons</Table.Th>
          <Table.Th>Reviewer</Table.Th>
          <Table.Th>Risk then</Table.Th>
          <Table.Th>Questionnaire then</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vendor.reviews.map((review) => (
          <Table.Tr key={review.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(review.reviewedOn)}</Table.Td>
            <Table.Td>
              <DecisionBadge decision={review.decision} />
            </Table.Td>
            <Table.Td>{review.conditions}</Table.Td>
            <Table.Td>{review.reviewer}</Table.Td>
            <Table.Td>
              <TierBadge tier={review.tier} points={review.points} />
            </Table.Td>
            <Table.Td>{review.score === null ? 'Not answered' : `${review.score} / 100`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
