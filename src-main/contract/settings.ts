import { z } from 'zod';
import { call } from './define';

export const settingsSchema = z.object({
  /** 0 turns the idle lock off. */
  idleLockMinutes: z.number().int().min(0).max(24 * 60),
  theme: z.enum(['light', 'dark', 'auto']),
});

export type AppSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 10, theme: 'auto' };

export const settingsCalls = {
  'settings.get': call(z.object({}).strict(), { needs: 'none' }).returns<AppSettings>(),
  'settings.update': call(settingsSchema.partial().strict(), { needs: 'none' }).returns<AppSettings>(),
} as const;
