import { Anchor, Center, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DPA_STATUSES, type VendorDashboard } from '../../app/api';
import { countryName } from '../../ui/countries';
import { formatDate } from '../../ui/format-date';
import { useCallValue } from '../../ui/use-call-value';
import { vendorHref } from '../processors/processors-route';

interface CardItem {
  key: string;
  recipientId: number;
  name: string;
  detail: string;
}

function VendorCard({ title, items, empty, alert }: { title: string; items: readonly CardItem[]; empty: string; alert: string }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {title}
        </Text>
        <Text fz={34} fw={700} lh={1.2} c={items.length > 0 ? alert : undefined} data-vendor-stat={title}>
          {items.length.toLocaleString('en')}
        </Text>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <List size="sm" spacing={2} listStyleType="none" aria-label={`${title}: vendors`}>
            {items.map((item) => (
              <List.Item key={item.key}>
                <Anchor size="sm" href={vendorHref(item.recipientId)}>
                  {item.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {item.detail}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

const dueItems = (rows: VendorDashboard['overdue']): CardItem[] =>
  rows.map((row) => ({ key: String(row.recipientId), recipientId: row.recipientId, name: row.name, detail: formatDate(row.nextReviewOn) }));

/** The vendor figures that need the officer: reviews due or late, agreements missing, transfers uncovered; each lists its vendors. */
export function VendorCards() {
  const dashboard = useCallValue('vendors.dashboard', {});
  let content: ReactNode;
  if (dashboard === null) {
    content = (
      <Center h={120}>
        <Loader aria-label="Counting vendors" />
      </Center>
    );
  } else {
    content = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <VendorCard title="Reviews due this month" items={dueItems(dashboard.dueThisMonth)} empty="No review falls due this month." alert="orange.8" />
        <VendorCard title="Overdue reviews" items={dueItems(dashboard.overdue)} empty="No review is overdue." alert="red" />
        <VendorCard
          title="Receiving data without a signed agreement"
          items={dashboard.unsignedReceivingData.map((row) => ({ key: String(row.recipientId), recipientId: row.recipientId, name: row.name, detail: DPA_STATUSES[row.dpaStatus] }))}
          empty="Every vendor receiving data has a signed agreement."
          alert="red"
        />
        <VendorCard
          title="Transfers without a mechanism"
          items={dashboard.transfersWithoutMechanism.map((row) => ({ key: `${row.recipientId}:${row.country}`, recipientId: row.recipientId, name: row.name, detail: countryName(row.country) }))}
          empty="Every transfer is covered."
          alert="red"
        />
      </SimpleGrid>
    );
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="vendor-cards">
      <div>
        <Title order={2} size="h3" id="vendor-cards">
          Vendors
        </Title>
        <Text size="sm" c="dimmed">
          As of today, whatever the dates chosen for requests above.
        </Text>
      </div>
      {content}
    </Stack>
  );
}
