import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { Usage } from '../../../app/api';
import { KIND_LABELS } from '../kind-labels';

interface DeleteDialogProps {
  name: string;
  /** Where the record is used; null while the dialog is closed. */
  usage: Usage[] | null;
  busy: boolean;
  archived: boolean;
  onArchive: () => void;
  onDelete: () => void;
  onCancel: () => void;
}

/** Confirms a delete, naming every record that still points here, with archiving as the safer choice. */
export function DeleteDialog({ name, usage, busy, archived, onArchive, onDelete, onCancel }: DeleteDialogProps) {
  const used = (usage?.length ?? 0) > 0;
  return (
    <Modal opened={usage !== null} onClose={onCancel} title={`Delete “${name}”?`} size="md">
      <Stack gap="sm">
        {used ? (
          <>
            <Text size="sm">It is still used by:</Text>
            <List size="sm" spacing={2} aria-label="Where it is used">
              {usage?.map((use) => (
                <List.Item key={`${use.kind}:${use.id}`}>
                  {KIND_LABELS[use.kind]}: {use.name}
                </List.Item>
              ))}
            </List>
            <Text size="sm">Deleting removes it from all of these. Archiving keeps it in past records and hides it from new ones.</Text>
          </>
        ) : (
          <Text size="sm">It is not used anywhere. Deleting cannot be undone.</Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          {used && !archived && (
            <Button variant="light" onClick={onArchive} loading={busy}>
              Archive instead
            </Button>
          )}
          <Button color="red" onClick={onDelete} loading={busy}>
            {used ? 'Delete anyway' : 'Delete permanently'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
