import Store from 'electron-store';
import type { KeyValueBacking } from '../services/settings-store';
import { SETTINGS_JSON_SCHEMA } from '../services/settings-store';

/** electron-store keeps the app settings in the user's config folder; it never holds personal data. */
export function createElectronSettings(): KeyValueBacking {
  return new Store<Record<string, unknown>>({ name: 'settings', schema: SETTINGS_JSON_SCHEMA, clearInvalidConfig: true });
}
