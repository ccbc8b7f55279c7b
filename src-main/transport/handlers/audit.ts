import type { auditCalls } from '../../contract/audit';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function auditHandlers({ audit }: AppServices): HandlersFor<keyof typeof auditCalls> {
  return {
    'audit.list': (input) => audit.list(input),
    'audit.get': (input) => audit.get(input),
    'audit.verify': () => audit.verify({}),
    'audit.export': (input) => audit.export(input),
  };
}
