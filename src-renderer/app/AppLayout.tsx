import { AppShell, Button, Divider, Group, Kbd, NavLink, Text } from '@mantine/core';
import { type HotkeyItem, useHotkeys, useOs } from '@mantine/hooks';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { InventorySearch } from '../features/inventory/search/InventorySearch';
import { useRequestReminders } from '../features/requests/reminders/use-request-reminders';
import type { WorkspaceRef } from '../features/workspace/workspace-ref';
import { Brand } from '../ui/Brand';
import { SECTION_IDS, SECTIONS } from './sections';
import { ThemeToggle } from './ThemeToggle';
import { useHashSection } from './use-hash-section';
import { useIdleLock } from './use-idle-lock';

interface AppLayoutProps {
  workspace: WorkspaceRef;
  onLock: () => Promise<void>;
  /** The service locked the workspace on its own (idle timer). */
  onLockedElsewhere: () => void;
}

export function AppLayout({ workspace, onLock, onLockedElsewhere }: AppLayoutProps) {
  const [current, navigate] = useHashSection(SECTION_IDS);
  const [locking, setLocking] = useState(false);
  const [searching, setSearching] = useState(false);
  const mac = useOs() === 'macos';
  useIdleLock(onLockedElsewhere);
  useRequestReminders();

  async function lock() {
    setLocking(true);
    await onLock();
    setLocking(false);
  }

  // Shortcuts work inside inputs too: they use a modifier, so they never collide with typing.
  useHotkeys(
    [
      ...SECTIONS.map((section, index): HotkeyItem => [`mod+${index + 1}`, () => navigate(section.id)]),
      ['mod+L', () => void lock()],
      ['mod+K', () => setSearching(true)],
    ],
    [],
  );

  const section = SECTIONS.find((candidate) => candidate.id === current) ?? SECTIONS[0];
  const SectionPage = section.page;
  const modLabel = mac ? '⌘' : 'Ctrl';

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Brand />
            <Divider orientation="vertical" />
            <Text size="sm" fw={500} truncate title={workspace.path}>
              {workspace.organisationName ?? workspace.path}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              rightSection={
                <Kbd size="xs">
                  {modLabel} K
                </Kbd>
              }
              onClick={() => setSearching(true)}
              aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
            >
              Search
            </Button>
            <ThemeToggle />
            <Button
              variant="default"
              leftSection={<IconLock size={16} />}
              loading={locking}
              onClick={() => void lock()}
              aria-keyshortcuts={mac ? 'Meta+L' : 'Control+L'}
            >
              Lock
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <AppShell.Section grow>
          {SECTIONS.map(({ id, label, icon: SectionIcon }, index) => (
            <NavLink
              key={id}
              href={`#/${id}`}
              label={label}
              leftSection={<SectionIcon size={18} stroke={1.6} />}
              active={id === current}
              aria-current={id === current ? 'page' : undefined}
              aria-keyshortcuts={`${mac ? 'Meta' : 'Control'}+${index + 1}`}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section px="xs">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{modLabel}</Kbd> <Kbd size="xs">1</Kbd>–<Kbd size="xs">{SECTIONS.length}</Kbd> switch section
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            <Kbd size="xs">{modLabel}</Kbd> <Kbd size="xs">K</Kbd> search the inventory
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            <Kbd size="xs">{modLabel}</Kbd> <Kbd size="xs">L</Kbd> lock
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <SectionPage key={section.id} />
      </AppShell.Main>
      <InventorySearch opened={searching} onClose={() => setSearching(false)} />
    </AppShell>
  );
}
