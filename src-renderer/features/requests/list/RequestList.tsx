import { Button, Group, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { call, type RequestRow } from '../../../app/api';
import { ColumnChooser } from '../../../ui/record-table/ColumnChooser';
import { useRowWindow } from '../../../ui/record-table/use-row-window';
import { VirtualTable } from '../../../ui/record-table/VirtualTable';
import { type DueFilter, openIntake, openRequest } from '../requests-route';
import { useRegimes } from '../use-regimes';
import { BulkActions } from './BulkActions';
import { ExportCsvButton } from './ExportCsvButton';
import { requestColumns } from './request-columns';
import { RequestFilters, RequestSearch } from './RequestFilters';
import { type RequestQuery, useRequestQuery } from './use-request-query';
import { useRequestSelection } from './use-request-selection';
import { useCan } from '../../workspace/person-context';

const NOUN = { one: 'request', many: 'requests' };
const loadBlock = (request: RequestQuery & { offset: number; limit: number }) => call('requests.list', request);
const isAnonymised = (row: RequestRow) => row.anonymised;

interface RequestListProps {
  initialDue: DueFilter;
  /** Changes after a bulk action or a new request: the rows in view are fetched again. */
  reloadKey: number;
  onChanged: () => void;
  /** The intake form lies over the list: N steps aside. */
  covered: boolean;
}

/**
 * Every request, filtered and sorted by the service, in one scrolling list whose rows are fetched in
 * blocks as they come into view. Tick rows for bulk actions; Enter or a click opens one; N logs a new one.
 */
export function RequestList({ initialDue, reloadKey, onChanged, covered }: RequestListProps) {
  const list = useRequestQuery(initialDue);
  const listed = useRowWindow(loadBlock, list.query, reloadKey);
  const regimes = useRegimes();
  const columns = useMemo(() => requestColumns(regimes), [regimes]);
  const selection = useRequestSelection(listed.queryKey);

  const canLog = useCan('requests.create');
  const canBulk = useCan('requests.bulk');
  useHotkeys([['n', () => !covered && canLog && openIntake()]]);

  return (
    <Stack gap="xs">
      {canBulk && selection.ids.size > 0 && (
        <BulkActions selection={selection} total={listed.total} onSelectAll={() => void selection.selectAllMatching(list.query, listed.total)} onChanged={onChanged} />
      )}
      <VirtualTable
        tableId="requests"
        label="Requests"
        noun={NOUN}
        columns={columns}
        list={listed}
        sort={list.sort}
        onSort={list.setSort}
        onOpen={(row) => openRequest(row.id)}
        empty={list.narrowed ? 'No requests match.' : canLog ? 'No open requests. Choose “Log a request” or press N.' : 'No open requests.'}
        selection={canBulk ? selection.rowSelection(list.query, listed.total) : undefined}
        dimmed={isAnonymised}
        toolbar={(table, focusFirstRow) => (
          <Stack gap="xs">
            <Group gap="xs" justify="space-between">
              <RequestSearch list={list} onEnterRows={focusFirstRow} />
              <Group gap="xs" wrap="nowrap">
                <ColumnChooser table={table} />
                <ExportCsvButton query={list.query} />
                {canLog && (
                  <Button leftSection={<IconPlus size={16} />} onClick={openIntake} aria-keyshortcuts="N">
                    Log a request
                  </Button>
                )}
              </Group>
            </Group>
            <RequestFilters list={list} regimes={regimes} />
          </Stack>
        )}
      />
    </Stack>
  );
}
