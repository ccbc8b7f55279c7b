import { useMantineColorScheme } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useEffectEvent, useState } from 'react';
import { notifyError } from '../ui/notify';
import { call, type AppSettings } from './api';

export interface SettingsState {
  /** Null until the first `settings.get` answers. */
  settings: AppSettings | null;
  /** Applies the change at once and rolls it back if the service refuses it. Resolves to whether it was saved. */
  updateSettings: (patch: Partial<AppSettings>) => Promise<boolean>;
}

export const SettingsContext = createContext<SettingsState | null>(null);

export function useSettings(): SettingsState {
  const state = use(SettingsContext);
  if (!state) throw new Error('useSettings must be used inside <SettingsContext>.');
  return state;
}

/**
 * Owns the app settings and keeps Mantine's colour scheme in step with
 * `settings.theme`. Mantine also keeps the last scheme in localStorage, which
 * avoids a flash of the wrong theme before the first answer.
 */
export function useSettingsState(unlocked: boolean): SettingsState {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const { setColorScheme } = useMantineColorScheme();
  const applyTheme = useEffectEvent((theme: AppSettings['theme']) => setColorScheme(theme));
  const theme = settings?.theme;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  // Settings live outside the workspace, so they load before unlocking too; unlocking reloads them.
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (!current) return;
      if (result.ok) setSettings(result.value);
      else if (unlocked) notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [unlocked]);

  const updateSettings = useCallback(
    async (patch: Partial<AppSettings>) => {
      const before = settings;
      if (before) setSettings({ ...before, ...patch });
      const result = await call('settings.update', patch);
      if (result.ok) {
        setSettings(result.value);
        return true;
      }
      setSettings(before);
      notifyError(result.error);
      return false;
    },
    [settings],
  );

  return { settings, updateSettings };
}
