import { createTheme, Notification, PasswordInput } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Outline on keyboard focus only, so mouse use stays calm while Tab is always visible.
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // The close button is an icon only; without a name, screen readers announce "button".
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    // Every control is reachable with Tab, including "show passphrase".
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleFocusable: true } }),
  },
});
