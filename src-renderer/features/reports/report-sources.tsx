import { call, REQUEST_TYPES, type Link, type RequestRow } from '../../app/api';
import type { PickerSource } from '../../ui/RecordPicker';
import { mapResult, PICK_LIMIT } from '../inventory/picker-sources';
import { StatusBadge } from '../requests/request-badges';

export type RequestLink = Link & Pick<RequestRow, 'types' | 'status'>;

/** Every request, newest first; the search matches the reference and the requester's name and e-mail. */
export const requestSource: PickerSource<RequestLink> = {
  search: async (search) =>
    mapResult(await call('requests.list', { search, state: 'all', sort: { by: 'receivedOn', dir: 'desc' }, limit: PICK_LIMIT }), (page) =>
      page.rows.map(({ id, reference, types, status }): RequestLink => ({ id, name: reference, types, status })),
    ),
  label: (request) => `${request.name} · ${request.types.map((type) => REQUEST_TYPES[type]).join(', ')}`,
  marks: (request) => <StatusBadge status={request.status} />,
};

/** Vendors by name; a vendor is known by its recipient's id. */
export const vendorSource: PickerSource = {
  search: async (search) =>
    mapResult(await call('vendors.list', { search, limit: PICK_LIMIT }), (page) => page.rows.map(({ recipientId, name }): Link => ({ id: recipientId, name }))),
};
