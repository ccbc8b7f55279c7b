import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { call, type VendorProfile } from '../../../app/api';
import { FailureAlert } from '../../../ui/FailureAlert';
import { notifySuccess } from '../../../ui/notify';
import { openVendorList } from '../processors-route';

/** Deletes the vendor and its recipient after asking; the service refuses while the inventory refers to it, and its message says where. */
export function DeleteVendorButton({ profile }: { profile: VendorProfile }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    const result = await call('vendors.delete', { recipientId: profile.recipientId });
    setBusy(false);
    if (!result.ok) return setRefusal(result.error.message);
    notifySuccess(`“${profile.name}” deleted.`);
    openVendorList();
  }

  function close() {
    setAsking(false);
    setRefusal(null);
  }

  return (
    <>
      <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setAsking(true)}>
        Delete
      </Button>
      <Modal opened={asking} onClose={close} title={`Delete “${profile.name}”?`} size="md">
        <Stack gap="sm">
          {refusal === null ? (
            <Text size="sm">The vendor, its review history and its recipient record in the inventory are deleted. This cannot be undone.</Text>
          ) : (
            <FailureAlert title="The vendor cannot be deleted">{refusal}</FailureAlert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {refusal === null ? 'Cancel' : 'Close'}
            </Button>
            {refusal === null && (
              <Button color="red" loading={busy} onClick={() => void remove()}>
                Delete permanently
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
