import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../app/api';
import { useFormCall } from '../../../ui/use-form-call';

/** A field's error and its form path, to spread on an input. */
export type ErrorAt = (path: string) => { error: string | undefined; 'data-field': string };

interface ActionDialogProps<K extends CallName> {
  title: string;
  call: K;
  toInput: () => CallInput<K>;
  confirmLabel: string;
  /** Red for a denial. */
  danger?: boolean;
  onClose: () => void;
  onDone: (value: CallOutput<K>) => void;
  children: (errorAt: ErrorAt) => ReactNode;
}

/** A small form in a dialog that makes one call; errors go under the fields that caused them. */
export function ActionDialog<K extends CallName>({ title, call, toInput, confirmLabel, danger = false, onClose, onDone, children }: ActionDialogProps<K>) {
  const form = useFormCall(call);

  async function confirm() {
    const done = await form.submit(toInput());
    if (done) onDone(done);
  }

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {/* A field's error goes once the person changes anything: it described what they are correcting. */}
      <form {...form.formProps(confirm)} onInput={form.clearErrors}>
        <Stack gap="sm">
          {children(form.at)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting} color={danger ? 'red' : undefined}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
