import { ActionIcon, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { ReadOnlyNote } from '../../../ui/ReadOnly';
import type { CallName } from '../../../app/api';
import { useCan, whoCan } from '../../workspace/person-context';

export interface ItemColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface ItemsTableProps<T extends { id: number }> {
  /** Names the table, e.g. "Sub-processors". */
  label: string;
  items: readonly T[];
  columns: readonly ItemColumn<T>[];
  /** How an item is named in buttons and the remove dialog. */
  nameOf: (item: T) => string;
  empty: string;
  addLabel: string;
  /** The call that saves an item: a role that may not make it gets no add, edit or remove, and a line saying who can. */
  save: CallName;
  onAdd: () => void;
  onEdit: (item: T) => void;
  /** Absent when items cannot be removed; resolves once the service answered. */
  onRemove?: (item: T) => Promise<void>;
  /** Rows that need attention (overdue, expired) get a red tint. */
  alert?: (item: T) => boolean;
}

/** A vendor's items (sub-processors, certifications, findings) with an add button, and edit and remove per row. */
export function ItemsTable<T extends { id: number }>({ label, items, columns, nameOf, empty, addLabel, save, onAdd, onEdit, onRemove: removeItem, alert }: ItemsTableProps<T>) {
  const [removing, setRemoving] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = useCan(save);
  const onRemove = editable ? removeItem : undefined;

  async function remove() {
    if (!removing || !onRemove) return;
    setBusy(true);
    await onRemove(removing);
    setBusy(false);
    setRemoving(null);
  }

  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table aria-label={label} verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
              {editable && (
                <Table.Th w={onRemove ? 80 : 48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id} bg={alert?.(item) ? 'var(--mantine-color-red-light)' : undefined}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
                ))}
                {editable && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label="Edit">
                        <ActionIcon variant="subtle" aria-label={`Edit ${nameOf(item)}`} onClick={() => onEdit(item)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      {onRemove && (
                        <Tooltip label="Remove">
                          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${nameOf(item)}`} onClick={() => setRemoving(item)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable ? (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd}>
            {addLabel}
          </Button>
        </Group>
      ) : (
        <ReadOnlyNote>{whoCan(save)}</ReadOnlyNote>
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={`Remove “${removing ? nameOf(removing) : ''}”?`} size="sm">
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setRemoving(null)}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            Remove
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
