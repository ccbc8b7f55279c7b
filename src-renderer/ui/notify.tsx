import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../app/api';

/** Shows a failed call as a toast. LOCKED is skipped: the app already returns to the unlock screen for it. */
export function notifyError(error: ApiError): void {
  if (error.code === 'LOCKED') return;
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} />,
    message: error.message,
    autoClose: 8000,
  });
}

// Good news and notices are polite (role "status"); only failures interrupt as alerts.
export function notifySuccess(message: string): void {
  notifications.show({ role: 'status', color: 'teal', icon: <IconCheck size={18} />, message });
}

/**
 * For news the person must act on later (e.g. where a backup went); stays until closed.
 * The id keeps a burst of identical events (several calls seeing LOCKED at once) to one toast.
 */
export function notifyInfo(message: ReactNode, options: { id?: string; title?: string; sticky?: boolean } = {}): void {
  notifications.show({
    id: options.id,
    role: 'status',
    title: options.title,
    color: 'blue',
    icon: <IconInfoCircle size={18} />,
    message,
    autoClose: options.sticky ? false : 6000,
  });
}
