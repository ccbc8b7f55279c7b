import { Button, Stack } from '@mantine/core';
import { type SubmitEvent, useState } from 'react';
import { PathField } from './PathField';

interface OpenWorkspaceFormProps {
  canBrowse: boolean;
  onOpen: (path: string) => void;
}

/** Only picks the file; the passphrase is asked on the unlock screen, as for a recent workspace. */
export function OpenWorkspaceForm({ canBrowse, onOpen }: OpenWorkspaceFormProps) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  function choose(next: string) {
    setPath(next);
    setError(null);
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed === '') setError('Enter the path of the workspace file to open.');
    else onOpen(trimmed);
  }

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <PathField
          purpose="open"
          canBrowse={canBrowse}
          onPick={choose}
          description="The full path of an existing workspace file."
          autoFocus
          value={path}
          error={error}
          onChange={(event) => choose(event.currentTarget.value)}
        />
        <Button type="submit">Open</Button>
      </Stack>
    </form>
  );
}
