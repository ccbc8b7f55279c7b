import { ActionIcon, Button, Fieldset, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface RepeatableRowsProps<T> {
  items: readonly T[];
  /** Names one row, e.g. "Purpose 2": its group's legend. */
  itemLabel: (index: number) => string;
  /** The add button's text, e.g. "Add purpose". */
  addLabel: string;
  /** The form path of the list, so a jump to "purposes" lands on the add button when there are none. */
  field: string;
  /** Shown while there are no rows. */
  empty: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (item: T, index: number) => ReactNode;
}

/** A list of sub-records edited in place (purposes, transfers): one titled group per row, remove and add buttons. */
export function RepeatableRows<T>({ items, itemLabel, addLabel, field, empty, onAdd, onRemove, children }: RepeatableRowsProps<T>) {
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.map((item, index) => (
        <Fieldset key={index} legend={itemLabel(index)} variant="filled" p="sm" pt={4}>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              {children(item, index)}
            </Stack>
            <Tooltip label={`Remove ${itemLabel(index).toLowerCase()}`}>
              <ActionIcon variant="subtle" color="red" aria-label="Remove" mt={26} onClick={() => onRemove(index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd} data-field={field}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** A copy of the list with one row changed. */
export function replaceAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, position) => (position === index ? { ...item, ...patch } : item));
}
