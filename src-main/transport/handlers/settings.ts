import type { settingsCalls } from '../../contract/settings';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function settingsHandlers({ settings }: AppServices): HandlersFor<keyof typeof settingsCalls> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  };
}
