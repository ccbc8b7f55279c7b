import { ActionIcon, Badge, Group, Skeleton, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { formatDistanceToNow, isValid, parseISO } from 'date-fns';
import type { RecentWorkspace } from '../../app/api';
import classes from './RecentWorkspaces.module.css';

interface RecentWorkspacesProps {
  /** Null while loading. */
  recent: RecentWorkspace[] | null;
  onChoose: (workspace: RecentWorkspace) => void;
  onForget: (workspace: RecentWorkspace) => void;
}

function lastUsed(iso: string): string | null {
  const date = parseISO(iso);
  return isValid(date) ? `Last used ${formatDistanceToNow(date, { addSuffix: true })}` : null;
}

export function RecentWorkspaces({ recent, onChoose, onForget }: RecentWorkspacesProps) {
  if (recent === null) return <Skeleton h={56} />;
  if (recent.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Workspaces you create or unlock on this computer appear here.
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={4} className={classes.list}>
      {recent.map((workspace) => (
        <Group component="li" key={workspace.path} gap={4} wrap="nowrap" className={classes.item}>
          <UnstyledButton className={classes.choose} onClick={() => onChoose(workspace)}>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} truncate>
                {workspace.organisationName}
              </Text>
              {!workspace.exists && (
                <Badge size="xs" color="red" variant="light">
                  File missing
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" ff="monospace" truncate title={workspace.path}>
              {workspace.path}
            </Text>
            <Text size="xs" c="dimmed">
              {lastUsed(workspace.lastOpenedAt)}
            </Text>
          </UnstyledButton>
          <Tooltip label="Remove from this list; the file itself stays where it is" withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Forget ${workspace.organisationName}`}
              onClick={() => onForget(workspace)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}
