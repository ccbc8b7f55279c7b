import { Group, Table, Text } from '@mantine/core';
import { RISK_REASONS, type VendorDetail } from '../../../app/api';
import { NextReview, TierBadge } from '../vendor-badges';

/** The tier and every reason with its points, as the risk function computed them from the vendor and the inventory. */
export function RiskTab({ vendor }: { vendor: VendorDetail }) {
  const { risk } = vendor;
  return (
    <>
      <Group gap="md" mb="sm">
        <TierBadge tier={risk.tier} points={risk.points} size="lg" />
        <Text size="sm">
          Next review <NextReview on={vendor.nextReviewOn} />
        </Text>
      </Group>
      {risk.reasons.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing adds to the risk of this vendor.
        </Text>
      ) : (
        <Table aria-label="Risk reasons" verticalSpacing={6} maw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th ta="right">Points</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {risk.reasons.map((reason) => (
              <Table.Tr key={reason.code}>
                <Table.Td fw={500}>{RISK_REASONS[reason.code]}</Table.Td>
                <Table.Td>{reason.message}</Table.Td>
                <Table.Td ta="right">{reason.points}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>Total</Table.Th>
              <Table.Th ta="right">{risk.points}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        The tier follows the total points and sets how often the vendor is reviewed (Settings, vendor reviews).
      </Text>
    </>
  );
}
