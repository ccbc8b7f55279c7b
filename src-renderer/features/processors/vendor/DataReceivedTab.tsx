import { Alert, Anchor, Group, List, SimpleGrid, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { VendorDetail, VendorLink } from '../../../app/api';
import { SectionCard } from '../../../ui/SectionCard';
import { CategoryMarks } from '../../inventory/categories/CategoryMarks';
import type { RecordArea } from '../../inventory/inventory-route';

function LinkList<T extends VendorLink>({ title, area, links, empty, marks }: { title: string; area: RecordArea; links: readonly T[]; empty: string; marks?: (link: T) => ReactNode }) {
  return (
    <SectionCard title={`${title} (${links.length})`}>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-label={title}>
          {links.map((link) => (
            <List.Item key={link.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor size="sm" href={`#/inventory/${area}/${link.id}`}>
                  {link.name}
                </Anchor>
                {marks?.(link)}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}

/** What the vendor receives, computed from the inventory; changed there, never here. */
export function DataReceivedTab({ vendor }: { vendor: VendorDetail }) {
  return (
    <>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} mb="md">
        Computed from the inventory: the active activities that name this vendor as a recipient or in a transfer, or use a
        system it runs, and the data categories and subjects of those activities. To change it, edit those records.
        {vendor.receivesSpecial && (
          <Text size="sm" fw={700} mt={4}>
            It receives special-category, criminal-offence or sensitive data.
          </Text>
        )}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LinkList title="Activities" area="activities" links={vendor.activities} empty="No activity sends data to this vendor. Name it as a recipient of an activity in the inventory." />
        <LinkList title="Systems" area="systems" links={vendor.systems} empty="No system has this vendor as its processor." />
        <LinkList title="Data categories" area="categories" links={vendor.categories} empty="No data categories." marks={(category) => <CategoryMarks category={category} />} />
        <LinkList title="Data subjects" area="subjects" links={vendor.subjects} empty="No data subjects." />
      </SimpleGrid>
    </>
  );
}
