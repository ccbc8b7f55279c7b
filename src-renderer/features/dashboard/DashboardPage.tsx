import { Center, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CLOSED_STATUSES, REQUEST_STATUSES, REQUEST_TYPES } from '../../app/api';
import { BarChart } from '../../ui/charts/BarChart';
import { MonthlyPairsChart } from '../../ui/charts/MonthlyPairsChart';
import { counted } from '../../ui/counted';
import { formatDate } from '../../ui/format-date';
import { Page } from '../../ui/Page';
import { SectionCard } from '../../ui/SectionCard';
import { useCallValue } from '../../ui/use-call-value';
import { useRegimes } from '../requests/use-regimes';
import { type DashboardFilter, DashboardFilters } from './DashboardFilters';
import { MetricsTable } from './MetricsTable';
import { OverdueList } from './OverdueList';
import { StatCards } from './StatCards';
import { VendorCards } from './VendorCards';

const inDays = (value: number) => counted(Math.round(value), 'day', 'days');

/** The managers' backlog: what is open, late or due, how old it is, how fast requests close, and the yearly metrics. */
export function DashboardPage() {
  const regimes = useRegimes();
  const [filter, setFilter] = useState<DashboardFilter>({ from: '', to: '', regimeId: null });
  const input = { from: filter.from || null, to: filter.to || null, regimeId: filter.regimeId };
  const dashboard = useCallValue('requests.dashboard', input, JSON.stringify(input));

  return (
    <Page title="Dashboard" wide>
      <DashboardFilters value={filter} onChange={setFilter} regimes={regimes} />
      {dashboard === null ? (
        <Center h={200}>
          <Loader aria-label="Counting requests" />
        </Center>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {formatDate(dashboard.from)} – {formatDate(dashboard.to)} · {dashboard.regimeId === null ? 'all regimes' : regimes.nameOf(dashboard.regimeId)}
          </Text>
          <StatCards dashboard={dashboard} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <SectionCard title="Open by status">
              <BarChart title="Open requests by status" bars={dashboard.byStatus.filter((row) => !CLOSED_STATUSES.includes(row.status)).map((row) => ({ label: REQUEST_STATUSES[row.status], value: row.count }))} />
            </SectionCard>
            <SectionCard title="Open by type">
              <BarChart title="Open requests by type" bars={dashboard.byType.filter((row) => row.open > 0).map((row) => ({ label: REQUEST_TYPES[row.type], value: row.open }))} />
            </SectionCard>
            <SectionCard title="Ageing of open requests">
              <BarChart title="Open requests by days since receipt" bars={dashboard.ageing.map((row) => ({ label: row.bucket, value: row.count }))} color="var(--mantine-color-orange-6)" />
            </SectionCard>
            <SectionCard title="Received and closed per month">
              <MonthlyPairsChart title="Requests received and closed per month" names={['Received', 'Closed']} months={dashboard.throughput.map((row) => ({ month: row.month, first: row.received, second: row.closed }))} />
            </SectionCard>
            <SectionCard title="Median days to close, by type">
              <BarChart
                title="Median days to close by request type"
                bars={dashboard.medianDaysToClose.filter((row) => row.closed > 0).map((row) => ({ label: REQUEST_TYPES[row.type], value: row.medianDays }))}
                format={inDays}
                color="var(--mantine-color-teal-6)"
              />
            </SectionCard>
            <SectionCard title="Overdue">
              <OverdueList rows={dashboard.overdueList} />
            </SectionCard>
          </SimpleGrid>
          <SectionCard title="Annual metrics (CCPA Regs § 7102)">
            <MetricsTable />
          </SectionCard>
        </Stack>
      )}
      <VendorCards />
    </Page>
  );
}
