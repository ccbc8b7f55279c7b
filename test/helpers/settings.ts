import Conf from 'conf';
import { type KeyValueBacking, SETTINGS_JSON_SCHEMA } from '../../src-main/services/settings-store';

/** Settings kept in memory: for tests where the settings file itself is not under test. Values are copied in and out, as a JSON file would. */
export class MemoryBacking implements KeyValueBacking {
  readonly values = new Map<string, unknown>();

  get(key: string): unknown {
    const value = this.values.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    this.values.set(key, structuredClone(value));
  }
}

/** The real settings file, as the browser rig keeps it: conf validating against SETTINGS_JSON_SCHEMA, in `dir`. */
export function confSettings(dir: string): Conf<Record<string, unknown>> {
  return new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    projectName: 'privacy-workstation-test',
    schema: SETTINGS_JSON_SCHEMA,
  });
}
