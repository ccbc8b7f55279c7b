import { Anchor, Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconClipboardCheck } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Page } from '../../../ui/Page';
import { openReview, openVendor, type VendorTab } from '../processors-route';
import { FlagBadges, NextReview, TierBadge } from '../vendor-badges';
import { CertificationsTab } from './CertificationsTab';
import { ContractTab } from './ContractTab';
import { DataReceivedTab } from './DataReceivedTab';
import { DeleteVendorButton } from './DeleteVendorButton';
import { FindingsTab } from './FindingsTab';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { SecurityTab } from './SecurityTab';
import { RiskTab } from './RiskTab';
import { SubProcessorsTab } from './SubProcessorsTab';
import { TransfersTab } from './TransfersTab';
import { useVendor, type VendorPartProps } from './use-vendor';
import { useCan } from '../../workspace/person-context';

interface TabDef {
  id: VendorTab;
  label: string;
  View: ComponentType<VendorPartProps>;
}

const TABS = [
  { id: 'overview', label: 'Overview', View: OverviewTab },
  { id: 'data', label: 'Data received', View: DataReceivedTab },
  { id: 'contract', label: 'Contract', View: ContractTab },
  { id: 'transfers', label: 'Transfers', View: TransfersTab },
  { id: 'sub-processors', label: 'Sub-processors', View: SubProcessorsTab },
  { id: 'certifications', label: 'Certifications', View: CertificationsTab },
  { id: 'security', label: 'Security review', View: SecurityTab },
  { id: 'findings', label: 'Findings', View: FindingsTab },
  { id: 'risk', label: 'Risk', View: RiskTab },
  { id: 'history', label: 'History', View: HistoryTab },
] as const satisfies readonly [TabDef, ...TabDef[]];

/** One vendor: its tier, next review and flags above, everything the officer holds on it in tabs. */
export function VendorView({ id, tab }: { id: number; tab: VendorTab }) {
  const { vendor, changed } = useVendor(id);
  const canReview = useCan('vendors.recordReview');
  const canDelete = useCan('vendors.delete');

  if (!vendor) {
    return (
      <Center h={200}>
        <Loader aria-label="Opening the vendor" />
      </Center>
    );
  }
  const current = TABS.find((candidate) => candidate.id === tab) ?? TABS[0];
  const { View } = current;

  return (
    <Stack gap="xs">
      <Anchor href="#/processors" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> Processors
        </Group>
      </Anchor>
      <Page
        title={vendor.profile.name}
        wide
        actions={
          <Group gap="xs">
            {canReview && (
              <Button leftSection={<IconClipboardCheck size={16} />} onClick={() => openReview(id)}>
                Start review
              </Button>
            )}
            {canDelete && <DeleteVendorButton profile={vendor.profile} />}
          </Group>
        }
      >
        <Group gap="md" mt={-8} aria-label="Summary" role="group">
          <TierBadge tier={vendor.risk.tier} points={vendor.risk.points} size="lg" />
          <Text size="sm">
            Next review <NextReview on={vendor.nextReviewOn} />
          </Text>
          <FlagBadges flags={vendor.flags} wrap />
        </Group>
        <Tabs value={current.id} onChange={(value) => openVendor(id, TABS.find((candidate) => candidate.id === value)?.id)} keepMounted={false}>
          <Tabs.List>
            {TABS.map((candidate) => (
              <Tabs.Tab key={candidate.id} value={candidate.id}>
                {candidate.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={current.id} pt="md">
            <View vendor={vendor} onChanged={changed} />
          </Tabs.Panel>
        </Tabs>
      </Page>
    </Stack>
  );
}
