import { Code } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { FullPageMessage } from '../ui/FullPageMessage';

/** Browser mode without the token from the URL: the service would refuse every call. */
export function MissingTokenPage() {
  return (
    <FullPageMessage icon={IconPlugConnectedX} title="This page cannot reach the app">
      Open the address printed by <Code>npm run browser</Code>; it carries the one-time token.
    </FullPageMessage>
  );
}
