import { Button, Group, Modal, Stack } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import type { CallInput, FieldErrors, VendorDetail } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { useSubmit } from '../../../ui/use-submit';

type ItemCall = 'vendors.saveSubProcessor' | 'vendors.saveCertification' | 'vendors.saveFinding';

interface ItemModalProps<K extends ItemCall> {
  title: string;
  save: K;
  toInput: () => CallInput<K>;
  setErrors: (errors: FieldErrors) => void;
  /** The toast once saved, e.g. "Finding saved." */
  savedMessage: string;
  onClose: () => void;
  onSaved: (vendor: VendorDetail) => void;
  children: ReactNode;
}

/** A dialog that adds or edits one item of a vendor (a sub-processor, a certification, a finding) with one call. */
export function ItemModal<K extends ItemCall>({ title, save, toInput, setErrors, savedMessage, onClose, onSaved, children }: ItemModalProps<K>) {
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit<ItemCall>(save, setErrors, formRef);

  async function send() {
    const saved: VendorDetail | null = await submit(toInput());
    if (!saved) return;
    notifySuccess(savedMessage);
    onSaved(saved);
  }

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitting) void send();
        }}
      >
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What an item's dialog gets: the vendor, the item (null to add one), and where the answer goes. */
export interface ItemEditorProps<T> {
  vendor: VendorDetail;
  item: T | null;
  onClose: () => void;
  onSaved: (vendor: VendorDetail) => void;
}

/** Which item's dialog is open ("new" to add one); a save puts the service's answer on the page and closes it. */
export function useItemEditor<T extends { id: number }>(onChanged: (vendor: VendorDetail) => void) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return {
    open: editing !== null,
    key: editing === null || editing === 'new' ? 'new' : editing.id,
    add: () => setEditing('new'),
    edit: (item: T) => setEditing(item),
    props: {
      item: editing === 'new' ? null : editing,
      onClose: () => setEditing(null),
      onSaved: (vendor: VendorDetail) => {
        onChanged(vendor);
        setEditing(null);
      },
    },
  };
}
