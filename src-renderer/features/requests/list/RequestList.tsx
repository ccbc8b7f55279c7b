import { Button, Group, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { call } from '../../../app/api';
import { ColumnChooser } from '../../../ui/record-table/ColumnChooser';
import { TablePaging } from '../../../ui/record-table/TablePaging';
import { useListPage } from '../../../ui/record-table/use-list-page';
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
const loadPage = (query: RequestQuery) => call('requests.list', query);

interface RequestListProps {
  initialDue: DueFilter;
  /** Changes after a bulk action or a new request: the page is fetched again. */
  reloadKey: number;
  onChanged: () => void;
  /** The intake form lies over the list: N steps aside. */
  covered: boolean;
}

/**
 * Every request, filtered, sorted and paged by the service, one page of 100 at a time with
 * virtual rows. Tick rows for bulk actions; Enter or a click opens one; N logs a new one.
 */
export function RequestList({ initialDue, reloadKey, onChanged, covered }: RequestListProps) {
  const list = useRequestQuery(initialDue);
  const page = useListPage(loadPage, list.query, reloadKey);
  const regimes = useRegimes();
  const columns = useMemo(() => requestColumns(regimes), [regimes]);
  const filterKey = JSON.stringify(list.filterQuery);
  const selection = useRequestSelection(filterKey);

  const canLog = useCan('requests.create');
  const canBulk = useCan('requests.bulk');
  useHotkeys([['n', () => !covered && canLog && openIntake()]]);

  return (
    <Stack gap="xs">
      {canBulk && selection.ids.size > 0 && (
        <BulkActions selection={selection} total={page.total} onSelectAll={() => void selection.selectAllMatching(list.filterQuery, page.total)} onChanged={onChanged} />
      )}
      <VirtualTable
        tableId="requests"
        label="Requests"
        columns={columns}
        items={page.rows}
        rowId={(row) => String(row.id)}
        total={page.total}
        offset={list.query.offset}
        sort={list.sort}
        onSort={list.setSort}
        onOpen={(row) => openRequest(row.id)}
        resetKey={JSON.stringify(list.query)}
        empty={page.loaded ? (list.narrowed ? 'No requests match.' : canLog ? 'No open requests. Choose “Log a request” or press N.' : 'No open requests.') : null}
        selection={canBulk ? selection.rowSelection(page.rows) : undefined}
        dimmed={(row) => row.anonymised}
        toolbar={(table, focusFirstRow) => (
          <Stack gap="xs">
            <Group gap="xs" justify="space-between">
              <RequestSearch list={list} onEnterRows={focusFirstRow} />
              <Group gap="xs" wrap="nowrap">
                <ColumnChooser table={table} />
                <ExportCsvButton query={list.filterQuery} />
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
        footer={<TablePaging pageIndex={list.pageIndex} total={page.total} noun={NOUN} onPageChange={list.setPageIndex} />}
      />
    </Stack>
  );
}
