import { ActionIcon, Button, FileButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { call, type AttachmentInfo, type SubjectRequest } from '../../../app/api';
import { base64ToBlob, fileToBase64 } from '../../../ui/base64';
import { offerDownload } from '../../../ui/download';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { readChosenFile, UNREADABLE_FILE } from '../../../ui/read-chosen-file';
import { SectionCard } from '../../../ui/SectionCard';
import type { RequestActions } from './use-request';
import { useCan } from '../../workspace/person-context';

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Files kept with the request (letters, proof of identity), stored encrypted inside the workspace. */
export function AttachmentsSection({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  const [adding, setAdding] = useState(false);
  const canAdd = useCan('requests.attachments.add');

  async function add(file: File | null) {
    if (!file) return;
    setAdding(true);
    const contentBase64 = await readChosenFile(file, fileToBase64);
    if (contentBase64 === null) {
      setAdding(false);
      return notifyError({ code: 'VALIDATION', message: UNREADABLE_FILE });
    }
    const result = await call('requests.attachments.add', { id: request.id, fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64 });
    setAdding(false);
    if (!result.ok) return notifyError(result.error);
    notifySuccess(`“${result.value.fileName}” attached.`);
    actions.reload();
  }

  async function download(attachment: AttachmentInfo) {
    const result = await call('requests.attachments.get', { attachmentId: attachment.id });
    if (!result.ok) return notifyError(result.error);
    offerDownload(result.value.fileName, base64ToBlob(result.value.contentBase64, result.value.mimeType));
  }

  return (
    <SectionCard
      title="Attachments"
      actions={
        canAdd && (
          <FileButton onChange={(file) => void add(file)}>
            {(props) => (
              <Button {...props} size="xs" variant="default" leftSection={<IconPaperclip size={14} />} loading={adding}>
                Add a file
              </Button>
            )}
          </FileButton>
        )
      }
    >
      {request.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          No files yet.
        </Text>
      )}
      <Stack gap={4}>
        {request.attachments.map((attachment) => (
          <Group key={attachment.id} gap="xs" wrap="nowrap">
            <Tooltip label={`Download ${attachment.fileName}`}>
              <ActionIcon variant="subtle" aria-label={`Download ${attachment.fileName}`} onClick={() => void download(attachment)}>
                <IconDownload size={16} />
              </ActionIcon>
            </Tooltip>
            <Text size="sm" truncate>
              {attachment.fileName}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {sizeText(attachment.size)} · {formatDateTime(attachment.addedAt)}
            </Text>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
