import { Box, Button, Drawer, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { CallInput, FieldErrors } from '../../../app/api';
import { autofocusField } from '../../../ui/field-focus';
import { notifySuccess } from '../../../ui/notify';
import { useSubmit } from '../../../ui/use-submit';
import { useCan } from '../../workspace/person-context';
import type { RecordArea } from '../inventory-route';
import { DeleteDialog } from './DeleteDialog';
import { type SavedRecord, useRecordActions } from './use-record-actions';

type SaveCall = `inventory.${RecordArea}.save`;

interface EditorDrawerProps<K extends SaveCall> {
  area: RecordArea;
  /** The stored record; null while creating one. */
  record: SavedRecord | null;
  /** Title while creating, e.g. "New system". */
  newTitle: string;
  draft: { values: { name: string }; dirty: boolean; setErrors: (errors: FieldErrors) => void };
  save: K;
  toInput: () => CallInput<K>;
  /** A form path to scroll to and focus once the drawer is open, e.g. "retention.period". */
  focusField: string | null;
  onClose: () => void;
  /** Saved, archived or deleted: the list reloads and the editor closes. */
  onSaved: () => void;
  children: ReactNode;
}

/**
 * The frame of every inventory editor: a wide drawer on the right with the
 * form, and a footer with Save (Ctrl/Cmd+S), Cancel (Esc), Archive and Delete.
 * Closing with unsaved changes asks first.
 */
export function EditorDrawer<K extends SaveCall>(props: EditorDrawerProps<K>) {
  const { area, record, newTitle, draft, save, toInput, focusField, onClose, onSaved, children } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit(save, draft.setErrors, formRef);
  const actions = useRecordActions(area, record, onSaved);
  const [discarding, setDiscarding] = useState(false);
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';
  const canEdit = useCan(save);
  const canArchive = useCan(`inventory.${area}.archive`);
  const canDelete = useCan(`inventory.${area}.delete`);

  async function saveDraft() {
    if (submitting) return;
    const saved = await submit(toInput());
    if (!saved) return;
    notifySuccess(`“${draft.values.name.trim()}” saved.`);
    onSaved();
  }

  // Runs before the drawer's focus trap (it waits a tick), so the field to fix gets the focus instead of Name.
  const attachForm = useCallback(
    (form: HTMLFormElement | null) => {
      formRef.current = form;
      if (form && focusField) autofocusField(form, focusField);
    },
    [focusField],
  );

  // Anywhere in the drawer, inputs included.
  useHotkeys([['mod+S', () => void saveDraft()]], []);

  function requestClose() {
    // Esc reaches every open dialog: one opened above the drawer (delete, search) holds the focus and takes it alone.
    const focusedDialog = document.activeElement?.closest('[role="dialog"]');
    if (focusedDialog && focusedDialog !== formRef.current?.closest('[role="dialog"]')) return;
    if (draft.dirty) setDiscarding(true);
    else onClose();
  }

  return (
    <Drawer
      opened
      onClose={requestClose}
      position="right"
      size="min(920px, 94vw)"
      title={record?.name ?? newTitle}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form
        ref={attachForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveDraft();
        }}
      >
        <Stack gap="lg" pb="md">
          {children}
        </Stack>
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 2 }}
        >
          {discarding ? (
            <Group gap="xs" role="alert">
              <Text size="sm" fw={500} mr="auto">
                Discard the changes you made?
              </Text>
              <Button variant="default" onClick={() => setDiscarding(false)}>
                Keep editing
              </Button>
              <Button color="red" onClick={onClose}>
                Discard changes
              </Button>
            </Group>
          ) : (
            <Group gap="xs">
              {canEdit && (
                <Button type="submit" loading={submitting} aria-keyshortcuts="Control+S Meta+S">
                  Save
                </Button>
              )}
              <Button variant="default" onClick={requestClose} aria-keyshortcuts="Escape">
                Cancel
              </Button>
              {record && canArchive && canDelete && (
                <>
                  <Button
                    variant="default"
                    ml="md"
                    leftSection={record.archivedAt ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                    onClick={() => actions.setArchived(!record.archivedAt)}
                    loading={actions.busy && actions.usage === null}
                  >
                    {record.archivedAt ? 'Unarchive' : 'Archive'}
                  </Button>
                  <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => void actions.askDelete()}>
                    Delete
                  </Button>
                </>
              )}
              <Text size="xs" c="dimmed" ml="auto" visibleFrom="sm">
                <Kbd size="xs">{mod}</Kbd> <Kbd size="xs">S</Kbd> save · <Kbd size="xs">Esc</Kbd> cancel
              </Text>
            </Group>
          )}
        </Box>
      </form>
      {record && (
        <DeleteDialog
          name={record.name}
          usage={actions.usage}
          busy={actions.busy}
          archived={record.archivedAt !== null}
          onArchive={() => actions.setArchived(true)}
          onDelete={actions.confirmDelete}
          onCancel={actions.cancelDelete}
        />
      )}
    </Drawer>
  );
}
