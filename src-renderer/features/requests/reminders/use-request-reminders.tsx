import { Anchor, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { call } from '../../../app/api';
import { counted } from '../../../ui/counted';
import { notifyInfo } from '../../../ui/notify';
import { requestListHref } from '../requests-route';

const REMINDER_NOTICE = 'request-reminders';

/** "2 requests overdue, 5 due this week"; empty when nothing is. */
export function reminderSummary(overdue: number, dueSoon: number): string {
  const parts = [overdue > 0 && `${counted(overdue, 'request', 'requests')} overdue`, dueSoon > 0 && `${overdue > 0 ? dueSoon : counted(dueSoon, 'request', 'requests')} due this week`];
  return parts.filter(Boolean).join(', ');
}

/** Once per unlock: a summary of overdue requests and those due within seven days, with links to the filtered list. */
export function useRequestReminders(): void {
  useEffect(() => {
    let current = true;
    void call('requests.reminders', {}).then((result) => {
      // A workspace without the requests feature answers nothing worth showing at start-up.
      if (!current || !result.ok) return;
      const { overdue, dueSoon } = result.value;
      if (overdue.length + dueSoon.length === 0) return;
      const close = () => notifications.hide(REMINDER_NOTICE);
      notifyInfo(
        <Group gap="sm">
          {overdue.length > 0 && (
            <Anchor href={requestListHref('overdue')} size="sm" onClick={close}>
              Show overdue
            </Anchor>
          )}
          {dueSoon.length > 0 && (
            <Anchor href={requestListHref('this_week')} size="sm" onClick={close}>
              Show due this week
            </Anchor>
          )}
        </Group>,
        { id: REMINDER_NOTICE, title: reminderSummary(overdue.length, dueSoon.length), sticky: true },
      );
    });
    return () => {
      current = false;
    };
  }, []);
}
