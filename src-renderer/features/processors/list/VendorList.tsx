import { useHotkeys } from '@mantine/hooks';
import { call, RISK_TIERS, VENDOR_FLAGS, type VendorSort } from '../../../app/api';
import { TablePaging } from '../../../ui/record-table/TablePaging';
import { TableToolbar } from '../../../ui/record-table/TableToolbar';
import type { FilterDef, ListRequest } from '../../../ui/record-table/types';
import { useListPage } from '../../../ui/record-table/use-list-page';
import { useListState } from '../../../ui/record-table/use-list-state';
import { VirtualTable } from '../../../ui/record-table/VirtualTable';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { openAddVendor, openVendor } from '../processors-route';
import { VENDOR_COLUMNS } from './vendor-columns';
import { useCan } from '../../workspace/person-context';

const NOUN = { one: 'vendor', many: 'vendors' };

const FILTERS: FilterDef[] = [
  { type: 'select', key: 'tier', label: 'Risk tier', options: vocabularyOptions(RISK_TIERS) },
  { type: 'select', key: 'flag', label: 'Flag', options: vocabularyOptions(VENDOR_FLAGS) },
];

function loadPage({ search, sort, offset, limit, filters }: ListRequest<VendorSort>) {
  const { tier, flag } = filters;
  return call('vendors.list', {
    search,
    sort,
    offset,
    limit,
    tier: isCode(RISK_TIERS, tier) ? tier : null,
    flag: isCode(VENDOR_FLAGS, flag) ? flag : null,
  });
}

interface VendorListProps {
  /** Changes after a vendor is added: the page is fetched again. */
  reloadKey: number;
  /** "Add vendor" lies over the list: N steps aside. */
  covered: boolean;
}

/**
 * Every vendor with its risk, next review and what needs attention; the service searches, filters,
 * sorts and pages. Enter or a click opens one; N adds one.
 */
export function VendorList({ reloadKey, covered }: VendorListProps) {
  const list = useListState<VendorSort>({ by: 'name', dir: 'asc' });
  const page = useListPage(loadPage, list.request, reloadKey);
  const narrowed = list.request.search !== '' || Object.values(list.filters).some(Boolean);

  // Adding a vendor saves its recipient record and then its profile.
  const canAddRecipient = useCan('inventory.recipients.save');
  const canAddProfile = useCan('vendors.saveProfile');
  const canAdd = canAddRecipient && canAddProfile;
  useHotkeys([['n', () => !covered && canAdd && openAddVendor()]]);

  return (
    <VirtualTable
      tableId="vendors"
      label="Vendors"
      columns={VENDOR_COLUMNS}
      items={page.rows}
      rowId={(row) => String(row.recipientId)}
      total={page.total}
      offset={list.request.offset}
      sort={list.sort}
      onSort={list.setSort}
      onOpen={(row) => openVendor(row.recipientId)}
      resetKey={JSON.stringify(list.request)}
      empty={page.loaded ? (narrowed ? 'No vendors match.' : canAdd ? 'No vendors yet. Choose “Add vendor” or press N.' : 'No vendors yet.') : null}
      toolbar={(table, focusFirstRow) => (
        <TableToolbar
          table={table}
          list={list}
          noun={NOUN}
          filters={FILTERS}
          loading={page.loading}
          newLabel="Add vendor"
          onNew={canAdd ? openAddVendor : undefined}
          onEnterRows={focusFirstRow}
          archivable={false}
        />
      )}
      footer={<TablePaging pageIndex={list.pageIndex} total={page.total} noun={NOUN} onPageChange={list.setPageIndex} />}
    />
  );
}
