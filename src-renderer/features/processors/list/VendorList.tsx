import { useHotkeys } from '@mantine/hooks';
import { call, RISK_TIERS, VENDOR_FLAGS, type VendorSort } from '../../../app/api';
import { TableToolbar } from '../../../ui/record-table/TableToolbar';
import type { FilterDef, ListRequest } from '../../../ui/record-table/types';
import { useListState } from '../../../ui/record-table/use-list-state';
import { useRowWindow } from '../../../ui/record-table/use-row-window';
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

function loadBlock({ search, sort, offset, limit, filters }: ListRequest<VendorSort>) {
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
  /** Changes after a vendor is added: the rows in view are fetched again. */
  reloadKey: number;
  /** "Add vendor" lies over the list: N steps aside. */
  covered: boolean;
}

/**
 * Every vendor with its risk, next review and what needs attention; the service searches, filters
 * and sorts, and the rows are fetched in blocks as they scroll into view. Enter or a click opens one; N adds one.
 */
export function VendorList({ reloadKey, covered }: VendorListProps) {
  const list = useListState<VendorSort>({ by: 'name', dir: 'asc' });
  const listed = useRowWindow(loadBlock, list.query, reloadKey);
  const narrowed = list.query.search !== '' || Object.values(list.filters).some(Boolean);

  // Adding a vendor saves its recipient record and then its profile.
  const canAddRecipient = useCan('inventory.recipients.save');
  const canAddProfile = useCan('vendors.saveProfile');
  const canAdd = canAddRecipient && canAddProfile;
  useHotkeys([['n', () => !covered && canAdd && openAddVendor()]]);

  return (
    <VirtualTable
      tableId="vendors"
      label="Vendors"
      noun={NOUN}
      columns={VENDOR_COLUMNS}
      list={listed}
      sort={list.sort}
      onSort={list.setSort}
      onOpen={(row) => openVendor(row.recipientId)}
      empty={narrowed ? 'No vendors match.' : canAdd ? 'No vendors yet. Choose “Add vendor” or press N.' : 'No vendors yet.'}
      toolbar={(table, focusFirstRow) => (
        <TableToolbar
          table={table}
          list={list}
          noun={NOUN}
          filters={FILTERS}
          loading={listed.loading}
          newLabel="Add vendor"
          onNew={canAdd ? openAddVendor : undefined}
          onEnterRows={focusFirstRow}
          archivable={false}
        />
      )}
    />
  );
}
