import { Box, Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from './Brand';

/** The frame of every screen shown before a workspace is open: brand on top, content in a centred column. */
export function CenteredLayout({ width = 'sm', children }: { width?: 'xs' | 'sm' | 'md' | 'lg'; children: ReactNode }) {
  return (
    <Box component="main" mih="100vh" py="xl" bg="var(--mantine-color-body)">
      <Container size={width}>
        <Stack gap="lg">
          <Brand />
          {children}
        </Stack>
      </Container>
    </Box>
  );
}
