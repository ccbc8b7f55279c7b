import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { AppSettings } from '../../app/api';
import { useSettings } from '../../app/settings-context';

const THEMES: { value: AppSettings['theme']; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Auto' },
];

/** Saved on change: there is nothing to confirm about a colour scheme. */
export function ThemeSetting() {
  const { settings, updateSettings } = useSettings();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        Theme
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={THEMES}
        value={settings?.theme ?? 'auto'}
        disabled={!settings}
        onChange={(theme) => void updateSettings({ theme })}
        w={320}
      />
    </Stack>
  );
}
