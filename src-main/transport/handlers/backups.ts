import type { backupCalls } from '../../contract/backups';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function backupHandlers({ backups }: AppServices): HandlersFor<keyof typeof backupCalls> {
  return {
    'backups.create': (input) => backups.create(input),
    'backups.list': () => backups.list(),
    'backups.settings.get': () => backups.overview(),
    'backups.settings.save': (input) => backups.saveSettings(input),
    'backups.restore': (input) => backups.restore(input),
  };
}
