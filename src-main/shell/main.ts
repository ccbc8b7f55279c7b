import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, session } from 'electron';
import { reminderSummary } from '../contract';
import { WORKSPACE_EXTENSION } from '../contract/workspace';
import { createServices, type AppServices } from '../services/app-services';
import { tuneMainProcessHeap } from '../services/main-process-heap';
import { SettingsStore } from '../services/settings-store';
import { createApi } from '../transport/api';
import { registerIpcHandlers } from '../transport/ipc';
import { menuTemplate } from './menu';
import { startUtilityChild } from './report-child';
import { hardenSession, hardenWebContents, isAppUrl, secureWebPreferences } from './security';
import { createElectronSettings } from './settings';

/**
 * The thin Electron shell: lifecycle, one window, menu and guards. Everything
 * it wires (services, contract, dispatcher) runs and is tested in plain Node.
 */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appUrl = devServerUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
let mainWindow: BrowserWindow | null = null;
tuneMainProcessHeap();

if (!app.requestSingleInstanceLock()) {
  // Never two writers on one workspace: the running instance is focused instead.
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  hardenSession(session.defaultSession, appUrl);
  const backing = createElectronSettings();
  const services = createServices({
    host: {
      host: 'electron',
      version: app.getVersion(),
      defaultFolder: join(safePath('documents'), 'Privacy Workstation'),
      pathSeparator: sep === '\\' ? '\\' : '/',
      choosePath,
      // electron-vite bundles the report child beside this file (electron.vite.config.ts); it runs as a utility process.
      reports: { bundledChild: pathToFileURL(join(import.meta.dirname, 'report-worker.js')), fontsDir: join(app.getAppPath(), 'resources', 'fonts'), startChild: startUtilityChild },
    },
    settings: backing,
  });
  registerIpcHandlers(ipcMain, createApi(services), (url) => isAppUrl(url, appUrl));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, menuActions(services), !app.isPackaged)));
  services.session.onLock(() => mainWindow?.webContents.reload());
  services.session.onUnlock(() => notifyReminders(services));
  app.on('before-quit', () => services.session.dispose());
  openWindow(new SettingsStore(backing));
}

function openWindow(settings: SettingsStore): void {
  const bounds = settings.windowBounds();
  mainWindow = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 820 }),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Privacy Workstation',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (mainWindow) settings.setWindowBounds(mainWindow.getNormalBounds());
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

/** A desktop notification on unlock when requests are overdue or due this week (the window shows the same). */
function notifyReminders(services: AppServices): void {
  if (!Notification.isSupported()) return;
  const { overdueCount, dueSoonCount } = services.requests.reminders({});
  const summary = reminderSummary(overdueCount, dueSoonCount);
  if (summary) new Notification({ title: 'Privacy Workstation: subject requests', body: summary }).show();
}

function menuActions(services: AppServices) {
  return {
    lock: () => services.session.lock('manual'),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About Privacy Workstation',
        message: `Privacy Workstation ${app.getVersion()}`,
        detail: 'An offline, encrypted record of processing, subject requests and processors for privacy officers.',
      }),
  };
}

async function choosePath(purpose: 'create' | 'open'): Promise<string | null> {
  const filters = [{ name: 'Privacy Workstation workspace', extensions: [WORKSPACE_EXTENSION.slice(1)] }];
  const owner = mainWindow ?? undefined;
  if (purpose === 'create') {
    const result = owner ? await dialog.showSaveDialog(owner, { filters }) : await dialog.showSaveDialog({ filters });
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  const options = { filters, properties: ['openFile' as const] };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function safePath(name: 'documents'): string {
  try {
    return app.getPath(name);
  } catch {
    return homedir();
  }
}
