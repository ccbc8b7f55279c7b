import { Button, Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useState } from 'react';
import { UnlockScreen } from '../features/workspace/UnlockScreen';
import { WorkspacePicker } from '../features/workspace/WorkspacePicker';
import { PersonContext } from '../features/workspace/person-context';
import type { WorkspaceRef } from '../features/workspace/workspace-ref';
import { describeMinutes } from '../ui/describe-minutes';
import { FullPageMessage } from '../ui/FullPageMessage';
import { notifyError, notifyInfo, notifySuccess } from '../ui/notify';
import { call, onLockedError, type AppInfo, type WorkspaceStatus } from './api';
import { AppLayout } from './AppLayout';
import { SettingsContext, useSettingsState } from './settings-context';

type Startup = { state: 'starting' } | { state: 'failed'; message: string } | { state: 'ready'; info: AppInfo };

type Screen =
  | { name: 'picker' }
  | { name: 'unlock'; workspace: WorkspaceRef }
  | { name: 'unlocked'; workspace: WorkspaceRef };

const IDLE_LOCK_NOTICE = 'idle-lock';

function workspaceOf(status: WorkspaceStatus, fallbackPath: string): WorkspaceRef {
  return { path: status.path ?? fallbackPath, organisationName: status.organisationName, loginName: status.person?.name, role: status.person?.role };
}

export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'starting' });
  const [screen, setScreen] = useState<Screen>({ name: 'picker' });
  const settingsState = useSettingsState(screen.name === 'unlocked');

  useEffect(() => {
    let current = true;
    void Promise.all([call('app.info', {}), call('workspace.status', {})]).then(([info, status]) => {
      if (!current) return;
      if (!info.ok) return setStartup({ state: 'failed', message: info.error.message });
      if (!status.ok) return setStartup({ state: 'failed', message: status.error.message });
      // A reload while unlocked (browser mode, dev tools) keeps the workspace open.
      const { path } = status.value;
      if (status.value.state === 'unlocked' && path) setScreen({ name: 'unlocked', workspace: workspaceOf(status.value, path) });
      setStartup({ state: 'ready', info: info.value });
    });
    return () => {
      current = false;
    };
  }, []);

  /** The service locked the workspace by itself: back to its unlock screen, saying why. */
  function lockedElsewhere() {
    if (screen.name !== 'unlocked') return;
    setScreen({ name: 'unlock', workspace: screen.workspace });
    const minutes = settingsState.settings?.idleLockMinutes ?? 0;
    notifyInfo(
      minutes > 0
        ? `Locked after ${describeMinutes(minutes)} without activity. Enter the passphrase to continue.`
        : 'The workspace was locked. Enter the passphrase to continue.',
      // Sticky: the person reads it when they come back, however long that takes.
      { id: IDLE_LOCK_NOTICE, sticky: true },
    );
  }

  const onLockedEvent = useEffectEvent(lockedElsewhere);
  useEffect(() => onLockedError(() => onLockedEvent()), []);

  async function lock() {
    if (screen.name !== 'unlocked') return;
    const result = await call('workspace.lock', {});
    if (result.ok) setScreen({ name: 'unlock', workspace: screen.workspace });
    else notifyError(result.error);
  }

  function opened(status: WorkspaceStatus, fallbackPath: string) {
    notifications.hide(IDLE_LOCK_NOTICE);
    setScreen({ name: 'unlocked', workspace: workspaceOf(status, fallbackPath) });
    if (status.migrationBackup) {
      notifyInfo(`An encrypted copy of the workspace was saved to ${status.migrationBackup} before the upgrade.`, {
        title: 'Workspace upgraded',
        sticky: true,
      });
    }
  }

  if (startup.state === 'starting') {
    return (
      <Center h="100vh">
        <Loader aria-label="Starting" />
      </Center>
    );
  }
  if (startup.state === 'failed') {
    return (
      <FullPageMessage
        icon={IconPlugConnectedX}
        title="The app could not start"
        action={<Button onClick={() => window.location.reload()}>Try again</Button>}
      >
        {startup.message}
      </FullPageMessage>
    );
  }

  switch (screen.name) {
    case 'picker':
      return (
        <WorkspacePicker
          info={startup.info}
          onCreated={(status) => {
            opened(status, '');
            notifySuccess('Workspace created. Start by mapping your processing activities in Inventory.');
          }}
          onChoose={(workspace) => setScreen({ name: 'unlock', workspace })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          key={screen.workspace.path}
          workspace={screen.workspace}
          onUnlocked={(status) => opened(status, screen.workspace.path)}
          onChooseAnother={() => setScreen({ name: 'picker' })}
        />
      );
    case 'unlocked':
      return (
        <SettingsContext value={settingsState}>
          <PersonContext value={screen.workspace.loginName && screen.workspace.role ? { name: screen.workspace.loginName, role: screen.workspace.role } : null}>
            <AppLayout workspace={screen.workspace} onLock={lock} onLockedElsewhere={lockedElsewhere} />
          </PersonContext>
        </SettingsContext>
      );
  }
}
