import { Button, TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../app/api';
import { notifyError } from '../../ui/notify';

interface PathFieldProps extends Omit<TextInputProps, 'label'> {
  purpose: 'create' | 'open';
  /** Only Electron has native file dialogs; in browser mode the path is typed. */
  canBrowse: boolean;
  onPick: (path: string) => void;
}

export function PathField({ purpose, canBrowse, onPick, ...inputProps }: PathFieldProps) {
  const [browsing, setBrowsing] = useState(false);

  async function browse() {
    setBrowsing(true);
    const result = await call('workspace.choosePath', { purpose });
    setBrowsing(false);
    if (!result.ok) notifyError(result.error);
    else if (result.value.path !== null) onPick(result.value.path);
  }

  return (
    <TextInput
      label="Workspace file"
      spellCheck={false}
      autoComplete="off"
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      rightSectionWidth={canBrowse ? 96 : undefined}
      rightSectionPointerEvents="all"
      rightSection={
        canBrowse && (
          <Button size="compact-sm" variant="default" loading={browsing} onClick={() => void browse()}>
            Browse…
          </Button>
        )
      }
      {...inputProps}
    />
  );
}
