import { Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call, FIDESLANG_ATTRIBUTION } from '../../app/api';
import { APP_NAME } from '../../ui/Brand';

/** The version, and the licence attribution the bundled taxonomy requires. */
export function AboutInfo() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void call('app.info', {}).then((result) => {
      if (current && result.ok) setVersion(result.value.version);
    });
    return () => {
      current = false;
    };
  }, []);
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
