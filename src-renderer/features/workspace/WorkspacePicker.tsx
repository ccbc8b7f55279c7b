import { Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { call, type AppInfo, type RecentWorkspace, type WorkspaceStatus } from '../../app/api';
import { APP_NAME } from '../../ui/Brand';
import { CenteredLayout } from '../../ui/CenteredLayout';
import { notifyError } from '../../ui/notify';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { RecentWorkspaces } from './RecentWorkspaces';
import type { WorkspaceRef } from './workspace-ref';

interface WorkspacePickerProps {
  info: AppInfo;
  onCreated: (status: WorkspaceStatus) => void;
  onChoose: (workspace: WorkspaceRef) => void;
}

export function WorkspacePicker({ info, onCreated, onChoose }: WorkspacePickerProps) {
  useDocumentTitle(`Choose a workspace · ${APP_NAME}`);
  const [recent, setRecent] = useState<RecentWorkspace[] | null>(null);

  useEffect(() => {
    let current = true;
    void call('workspace.recent', {}).then((result) => {
      if (!current) return;
      if (result.ok) setRecent(result.value);
      else {
        setRecent([]);
        notifyError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, []);

  async function forget(workspace: RecentWorkspace) {
    const result = await call('workspace.forgetRecent', { path: workspace.path });
    if (result.ok) setRecent(result.value);
    else notifyError(result.error);
  }

  function open(path: string) {
    const known = recent?.find((workspace) => workspace.path === path);
    onChoose({ path, organisationName: known?.organisationName, loginName: known?.loginName });
  }

  return (
    <CenteredLayout width="lg">
      <div>
        <Title order={1} size="h2">
          Choose a workspace
        </Title>
        <Text size="sm" c="dimmed">
          A workspace is one encrypted file with your organisation&apos;s records of processing, requests and processors.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="md">
          {/* Tabs keep a single "Workspace file" field on screen at a time. */}
          <Tabs defaultValue="create" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="create" leftSection={<IconFilePlus size={16} />}>
                Create a workspace
              </Tabs.Tab>
              <Tabs.Tab value="open" leftSection={<IconFolderOpen size={16} />}>
                Open a workspace
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="create">
              <CreateWorkspaceForm info={info} onCreated={onCreated} />
            </Tabs.Panel>
            <Tabs.Panel value="open">
              <OpenWorkspaceForm canBrowse={info.host === 'electron'} onOpen={open} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="recent-workspaces">
          <Stack gap="sm">
            <Title order={2} size="h4" id="recent-workspaces">
              Recent
            </Title>
            <RecentWorkspaces recent={recent} onChoose={onChoose} onForget={(workspace) => void forget(workspace)} />
          </Stack>
        </Paper>
      </SimpleGrid>
    </CenteredLayout>
  );
}
