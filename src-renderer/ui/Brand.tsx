import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';

export const APP_NAME = 'Privacy Workstation';

export function Brand() {
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="md" radius="sm" variant="filled" aria-hidden>
        <IconShieldLock size={18} />
      </ThemeIcon>
      <Text fw={700} size="sm">
        {APP_NAME}
      </Text>
    </Group>
  );
}
