import type { WebPreferences } from 'electron';

/**
 * The shell's security settings, kept in one module so a test can check them
 * against the secure values without starting Electron.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The page the window loads; a sender or navigation is trusted only if it is this very document. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Only the app's own files (and, while developing, its dev server) may load: the app makes no network request. */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  if (url.startsWith('devtools://')) return true;
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (target.protocol === 'file:') return app.protocol === 'file:' && target.host === app.host && target.pathname.startsWith(app.pathname.replace(/[^/]*$/, ''));
    return app.protocol !== 'file:' && target.origin === app.origin;
  } catch {
    return false;
  }
}

/** The parts of a session and a webContents that the guards touch. */
export interface SessionLike {
  setPermissionRequestHandler(handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string) => boolean) | null): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
}

export function hardenSession(session: SessionLike, appUrl: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, appUrl) }));
}

export function hardenWebContents(contents: WebContentsLike, appUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
