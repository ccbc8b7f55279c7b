import { Button } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FullPageMessage } from '../ui/FullPageMessage';

interface ErrorBoundaryState {
  failed: boolean;
}

/** Last line of defence: a calm page instead of a blank window, and no stack trace for the person. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Developer tools only; the page itself stays free of internals.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <FullPageMessage
        icon={IconBug}
        title="Something went wrong"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        The window hit an unexpected problem. Your workspace file is safe: reload to continue. If it happens again, restart
        the app.
      </FullPageMessage>
    );
  }
}
