import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initTransport } from './api';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { MissingTokenPage } from './MissingTokenPage';
import { theme } from './theme';

// Before the first render: it may rewrite the URL fragment the section hook reads.
const transport = initTransport();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      {/* Bottom right: top right would cover the Lock button. */}
      <Notifications position="bottom-right" limit={4} />
      <ErrorBoundary>{transport === 'missing-token' ? <MissingTokenPage /> : <App />}</ErrorBoundary>
    </MantineProvider>
  </StrictMode>,
);
