import { navigateHash, useHashRoute } from '../../app/use-hash-section';

const SECTION = 'processors';

export const VENDOR_TABS = ['overview', 'data', 'contract', 'transfers', 'sub-processors', 'certifications', 'security', 'findings', 'risk', 'history'] as const;
export type VendorTab = (typeof VENDOR_TABS)[number];

/**
 * `#/processors`: the vendor list; `#/processors/new`: the list with "Add vendor" over it;
 * `#/processors/<recipientId>[?tab=contract]`: one vendor on one tab; `#/processors/<recipientId>/review`: its guided review.
 */
export type ProcessorsRoute = { view: 'list'; adding: boolean } | { view: 'vendor'; id: number; tab: VendorTab } | { view: 'review'; id: number };

export function useProcessorsRoute(): ProcessorsRoute {
  const { path, params } = useHashRoute();
  const id = Number(path[0]);
  if (!Number.isInteger(id) || id <= 0) return { view: 'list', adding: path[0] === 'new' };
  if (path[1] === 'review') return { view: 'review', id };
  return { view: 'vendor', id, tab: VENDOR_TABS.find((tab) => tab === params.get('tab')) ?? 'overview' };
}

export function openVendorList(): void {
  navigateHash(SECTION);
}

export function openAddVendor(): void {
  navigateHash(SECTION, ['new']);
}

export function openVendor(id: number, tab: VendorTab = 'overview'): void {
  navigateHash(SECTION, [String(id)], tab === 'overview' ? {} : { tab });
}

export function openReview(id: number): void {
  navigateHash(SECTION, [String(id), 'review']);
}

/** The link to a vendor's page, for anchors (dashboard cards, sub-processors). */
export function vendorHref(id: number): string {
  return `#/${SECTION}/${id}`;
}
