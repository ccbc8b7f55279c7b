import { z } from 'zod';
import { type AppSettings, DEFAULT_SETTINGS, settingsSchema } from '../contract/settings';

/**
 * App settings only (never personal data): theme, idle lock, window bounds and
 * the list of recent workspace files. Backed by electron-store in the Electron
 * shell and by conf in the browser rig; both keep a JSON file and validate it
 * against SETTINGS_JSON_SCHEMA.
 */
export interface KeyValueBacking {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Settings kept in memory, for runs that must leave no trace in the person's settings (the
 * command line) and for tests. Values are copied in and out, as a JSON file would.
 */
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

/** `loginName`: who unlocked it last on this computer (only the name, never the role), offered on the unlock screen. */
const recentSchema = z.object({ path: z.string(), organisationName: z.string(), lastOpenedAt: z.string(), loginName: z.string().optional() });
export type RecentEntry = z.infer<typeof recentSchema>;

const boundsSchema = z.object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) });
export type WindowBounds = z.infer<typeof boundsSchema>;

export const MAX_RECENT = 10;

export const SETTINGS_JSON_SCHEMA = {
  idleLockMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: DEFAULT_SETTINGS.idleLockMinutes },
  theme: { type: 'string', enum: ['light', 'dark', 'auto'], default: DEFAULT_SETTINGS.theme },
  recentWorkspaces: {
    type: 'array',
    default: [],
    items: {
      type: 'object',
      properties: { path: { type: 'string' }, organisationName: { type: 'string' }, lastOpenedAt: { type: 'string' }, loginName: { type: 'string' } },
      required: ['path', 'organisationName', 'lastOpenedAt'],
    },
  },
  windowBounds: {
    type: 'object',
    properties: { x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } },
  },
} as const;

export class SettingsStore {
  constructor(private readonly backing: KeyValueBacking) {}

  get(): AppSettings {
    const parsed = settingsSchema.safeParse({
      idleLockMinutes: this.backing.get('idleLockMinutes'),
      theme: this.backing.get('theme'),
    });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  update(patch: Partial<AppSettings>): AppSettings {
    const next = settingsSchema.parse({ ...this.get(), ...patch });
    this.backing.set('idleLockMinutes', next.idleLockMinutes);
    this.backing.set('theme', next.theme);
    return next;
  }

  recent(): RecentEntry[] {
    const parsed = z.array(recentSchema).safeParse(this.backing.get('recentWorkspaces'));
    return parsed.success ? parsed.data : [];
  }

  rememberRecent(entry: RecentEntry): void {
    const others = this.recent().filter((r) => r.path !== entry.path);
    this.backing.set('recentWorkspaces', [entry, ...others].slice(0, MAX_RECENT));
  }

  forgetRecent(path: string): void {
    this.backing.set(
      'recentWorkspaces',
      this.recent().filter((r) => r.path !== path),
    );
  }

  windowBounds(): WindowBounds | undefined {
    const parsed = boundsSchema.safeParse(this.backing.get('windowBounds'));
    return parsed.success ? parsed.data : undefined;
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.backing.set('windowBounds', bounds);
  }
}
