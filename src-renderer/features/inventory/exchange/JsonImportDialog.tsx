import { Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../../app/api';
import { FailureAlert } from '../../../ui/FailureAlert';
import { notifySuccess } from '../../../ui/notify';
import { readChosenFile, UNREADABLE_FILE } from '../../../ui/read-chosen-file';
import { describeJsonImport } from './describe-json-import';

interface JsonImportDialogProps {
  onClose: () => void;
  onImported: () => void;
}

/** Says first that a JSON import adds to this inventory (and what it reuses), then takes the file and adds it, all or nothing. */
export function JsonImportDialog({ onClose, onImported }: JsonImportDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function addFile(chosen: File) {
    setImporting(true);
    setFailure(null);
    const content = await readChosenFile(chosen, (picked) => picked.text());
    const result = content === null ? null : await call('inventory.importJson', { content });
    setImporting(false);
    if (!result) {
      setFailure(UNREADABLE_FILE);
      return;
    }
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    notifySuccess(describeJsonImport(result.value));
    onImported();
    onClose();
  }

  return (
    <Modal opened onClose={onClose} title="Import an inventory JSON file" size="lg" closeOnClickOutside={!importing} closeOnEscape={!importing}>
      <Stack gap="md">
        <Text size="sm">The file’s records are added to this workspace’s inventory. Nothing already here is replaced or removed.</Text>
        <List size="sm" spacing={4}>
          <List.Item>Activities, cookies and communications are always added, even when one of the same name is already here.</List.Item>
          <List.Item>Recipients and systems with the same name as one already here are reused, not added again.</List.Item>
          <List.Item>Data categories and data subjects are matched by their key.</List.Item>
          <List.Item>It is all or nothing: if one record cannot be read, nothing is added.</List.Item>
        </List>
        <FileInput
          label="Inventory file"
          description="A .json file exported by Privacy Workstation (Export the whole inventory as JSON)"
          placeholder="Choose a .json file"
          accept=".json,application/json"
          leftSection={<IconFileImport size={16} />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setFailure(null);
          }}
          clearable
        />
        {failure && <FailureAlert title="Nothing was imported">{failure}</FailureAlert>}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={importing}>
            Cancel
          </Button>
          <Button onClick={() => file && void addFile(file)} disabled={!file} loading={importing}>
            Add to this inventory
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
