import type { reportCalls } from '../../contract/reports';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function reportHandlers({ reports }: AppServices): HandlersFor<keyof typeof reportCalls> {
  return {
    'reports.start': (input) => reports.start(input),
    'reports.status': (input) => reports.status(input),
    'reports.cancel': (input) => reports.cancel(input),
    'reports.result': (input) => reports.result(input),
  };
}
