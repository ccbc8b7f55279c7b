import { Loader, Stack, Text } from '@mantine/core';
import { FIDESLANG_ATTRIBUTION } from '../../app/api';
import { APP_NAME } from '../../ui/Brand';
import { useCallValue } from '../../ui/use-call-value';

/** The version, and the licence attribution the bundled taxonomy requires. */
export function AboutInfo() {
  const version = useCallValue('app.info', {})?.version ?? null;
  return (
    <Stack gap="xs">
      {version === null ? (
        <Loader size="xs" aria-label="Loading the version" />
      ) : (
        <Text size="sm">
          {APP_NAME} version {version}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {FIDESLANG_ATTRIBUTION}
      </Text>
    </Stack>
  );
}
