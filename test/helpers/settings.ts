import Conf from 'conf';
import { SETTINGS_JSON_SCHEMA } from '../../src-main/services/settings-store';

export { MemoryBacking } from '../../src-main/services/settings-store';

/** The real settings file, as the browser rig keeps it: conf validating against SETTINGS_JSON_SCHEMA, in `dir`. */
export function confSettings(dir: string): Conf<Record<string, unknown>> {
  return new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    projectName: 'privacy-workstation-test',
    schema: SETTINGS_JSON_SCHEMA,
  });
}
