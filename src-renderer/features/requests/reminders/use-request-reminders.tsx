import { Anchor, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { call, reminderSummary } from '../../../app/api';
import { notifyInfo } from '../../../ui/notify';
import { requestListHref } from '../requests-route';

const REMINDER_NOTICE = 'request-reminders';

/** Once per unlock: a summary of overdue requests and those due within seven days, with links to the filtered list. */
export function useRequestReminders(): void {
  useEffect(() => {
    let current = true;
    void call('requests.reminders', {}).then((result) => {
      // A workspace without the requests feature answers nothing worth showing at start-up.
      if (!current || !result.ok) return;
      const { overdueCount, dueSoonCount } = result.value;
      if (overdueCount + dueSoonCount === 0) return;
      const close = () => notifications.hide(REMINDER_NOTICE);
      notifyInfo(
        <Group gap="sm">
          {overdueCount > 0 && (
            <Anchor href={requestListHref('overdue')} size="sm" onClick={close}>
              Show overdue
            </Anchor>
          )}
          {dueSoonCount > 0 && (
            <Anchor href={requestListHref('this_week')} size="sm" onClick={close}>
              Show due this week
            </Anchor>
          )}
        </Group>,
        { id: REMINDER_NOTICE, title: reminderSummary(overdueCount, dueSoonCount), sticky: true },
      );
    });
    return () => {
      current = false;
    };
  }, []);
}
