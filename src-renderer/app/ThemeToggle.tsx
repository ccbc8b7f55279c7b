import { ActionIcon, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useSettings } from './settings-context';

/** Flips between light and dark and saves the choice, which ends following the OS ("auto"). */
export function ThemeToggle() {
  const computed = useComputedColorScheme('light');
  const { updateSettings } = useSettings();
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} theme`}>
      <ActionIcon variant="default" size="lg" aria-label="Toggle theme" onClick={() => void updateSettings({ theme: next })}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
