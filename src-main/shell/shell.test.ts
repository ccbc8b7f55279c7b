import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames, IPC_PREFIX } from '../contract';
import { hardenSession, hardenWebContents, isAllowedRequest, isAppUrl, secureWebPreferences, type SessionLike, type WebContentsLike } from './security';

/**
 * A stand-in for the electron module, in these tests only: it records what the
 * shell asks of Electron so the tests can check the wiring and the guards.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: never[]) => unknown;
  const state = {
    singleInstance: true,
    isPackaged: true,
    calls: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
    ipc: [] as { channel: string; listener: Listener }[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
    menuTemplates: [] as unknown[],
    saveDialogs: [] as unknown[],
    notifications: [] as { title: string; body: string }[],
  };

  class FakeNotification {
    static isSupported() {
      return true;
    }
    constructor(private readonly options: { title: string; body: string }) {}
    show() {
      state.notifications.push(this.options);
    }
  }

  class FakeWindow {
    readonly options: Record<string, unknown>;
    readonly loaded: string[] = [];
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { reload: () => state.calls.push('window.reload') };
    minimized = false;

    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }

    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      state.calls.push('window.restore');
    }
    focus() {
      state.calls.push('window.focus');
    }
    show() {
      state.calls.push('window.show');
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
  }

  const electron = {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      requestSingleInstanceLock: () => {
        state.calls.push('app.requestSingleInstanceLock');
        return state.singleInstance;
      },
      quit: () => state.calls.push('app.quit'),
      enableSandbox: () => state.calls.push('app.enableSandbox'),
      whenReady: () => {
        state.calls.push('app.whenReady');
        return Promise.resolve();
      },
      on: (event: string, listener: Listener) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      },
      getVersion: () => '9.8.7',
      getPath: () => '/home/officer/Documents',
      getAppPath: () => process.cwd(),
    },
    BrowserWindow: FakeWindow,
    Notification: FakeNotification,
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.ipc.push({ channel, listener }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          state.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          state.permissionCheck = handler;
        },
        webRequest: {
          onBeforeRequest: (listener: Listener) => {
            state.beforeRequest = listener;
          },
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        state.menuTemplates.push(template);
        return { template };
      },
      setApplicationMenu: () => state.calls.push('Menu.setApplicationMenu'),
    },
    dialog: {
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showSaveDialog: (...args: unknown[]) => {
        state.saveDialogs.push(args);
        return Promise.resolve({ canceled: false, filePath: '/home/officer/Documents/chosen.pws' });
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    },
  };

  function reset() {
    state.singleInstance = true;
    state.isPackaged = true;
    state.calls.length = 0;
    state.appListeners.clear();
    state.windows.length = 0;
    state.ipc.length = 0;
    state.permissionRequest = null;
    state.permissionCheck = null;
    state.beforeRequest = null;
    state.menuTemplates.length = 0;
    state.saveDialogs.length = 0;
    state.notifications.length = 0;
  }

  return { state, electron, reset };
});

vi.mock('electron', () => fake.electron);

// electron-store cannot load outside Electron; the shell gets settings kept in memory instead.
vi.mock('./settings', async () => {
  const { MemoryBacking } = await import('../../test/helpers/settings');
  return { createElectronSettings: () => new MemoryBacking() };
});

type Ipc = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;
type AppListener = (...args: unknown[]) => unknown;

function appListener(event: string): AppListener {
  const listeners = fake.state.appListeners.get(event) ?? [];
  expect(listeners).toHaveLength(1);
  return listeners[0] as AppListener;
}

function ipcHandler(name: string): Ipc {
  const entry = fake.state.ipc.find((e) => e.channel === IPC_PREFIX + name);
  if (!entry) throw new Error(`no handler for ${name}`);
  return entry.listener as unknown as Ipc;
}

/** Imports a fresh copy of the shell and waits for its whenReady().then(start). */
async function startShell(setup: () => void = () => {}): Promise<void> {
  vi.resetModules();
  fake.reset();
  setup();
  await import('./main');
  // Give whenReady().then(start) its turn; when the lock is refused nothing more is coming.
  await new Promise((resolve) => setImmediate(resolve));
}

function disposeShell(): void {
  for (const listener of fake.state.appListeners.get('before-quit') ?? []) (listener as AppListener)();
}

describe('Electron shell (with a stand-in electron module)', () => {
  let appUrl: string;

  beforeAll(async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await startShell();
    appUrl = fake.state.windows[0]?.loaded[0] ?? '';
  });

  afterAll(() => {
    disposeShell();
    vi.unstubAllEnvs();
  });

  it('takes the single-instance lock, enables the sandbox and opens one window on the built renderer', () => {
    expect(fake.state.calls.slice(0, 3)).toEqual(['app.requestSingleInstanceLock', 'app.enableSandbox', 'app.whenReady']);
    expect(fake.state.windows).toHaveLength(1);
    expect(fake.state.windows[0]!.loaded).toHaveLength(1);
    // Packaged, so the dev server in ELECTRON_RENDERER_URL is ignored.
    expect(appUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(fake.state.calls).toContain('Menu.setApplicationMenu');
  });

  it('registers exactly one IPC handler per call of the contract, and nothing else', () => {
    const channels = fake.state.ipc.map((e) => e.channel);
    expect(channels).toHaveLength(callNames.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual(callNames.map((n) => IPC_PREFIX + n).sort());
  });

  it('gives the window the secure web preferences and the preload script', () => {
    const options = fake.state.windows[0]!.options as { webPreferences: Record<string, unknown>; show: boolean };
    const prefs = options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(options.show).toBe(false);
  });

  it('refuses every permission request and check', () => {
    const request = fake.state.permissionRequest as unknown as (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    const check = fake.state.permissionCheck as unknown as (wc: unknown, permission: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(check({}, permission)).toBe(false);
    }
  });

  it('cancels every network request and lets the app load its own files', () => {
    const listener = fake.state.beforeRequest as unknown as (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => {
      const answers: boolean[] = [];
      listener({ url }, (r) => answers.push(r.cancel));
      expect(answers).toHaveLength(1);
      return answers[0];
    };
    expect(cancelled('http://example.com/')).toBe(true);
    expect(cancelled('https://example.com/track.gif')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('ws://127.0.0.1:9229/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(appUrl)).toBe(false);
    expect(cancelled(new URL('assets/index-abc123.js', appUrl).href)).toBe(false);
  });

  it('hardens every web contents: windows are never opened and navigation stays on the app', () => {
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => {
        openHandler = h;
      },
      on: (event: string, l: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners.set(event, l);
      },
    };
    appListener('web-contents-created')({}, contents);

    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: appUrl })).toEqual({ action: 'deny' });

    const prevented = (event: string, url?: string) => {
      let count = 0;
      listeners.get(event)?.({ preventDefault: () => count++ }, url);
      return count;
    };
    expect(listeners.has('will-navigate')).toBe(true);
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(1);
    expect(prevented('will-navigate', new URL('other.html', appUrl).href)).toBe(1);
    expect(prevented('will-navigate', appUrl)).toBe(0);
    expect(prevented('will-navigate', `${appUrl}#/records`)).toBe(0);
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(1);
    expect(prevented('will-attach-webview')).toBe(1);
  });

  it('refuses IPC from any frame but the app, and answers the app', async () => {
    const info = ipcHandler('app.info');
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await info({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject(forbidden);
    expect(await info({ senderFrame: { url: new URL('evil.html', appUrl).href } }, {})).toMatchObject(forbidden);
    expect(await info({ senderFrame: { url: 'http://localhost:5173/' } }, {})).toMatchObject(forbidden);
    expect(await info({ senderFrame: null }, {})).toMatchObject(forbidden);
    expect(await info({ senderFrame: { url: '' } }, {})).toMatchObject(forbidden);

    expect(await info({ senderFrame: { url: appUrl } }, {})).toEqual({
      ok: true,
      value: { host: 'electron', version: '9.8.7', defaultFolder: expect.stringMatching(/Privacy Workstation$/), pathSeparator: expect.any(String) },
    });
    expect(await info({ senderFrame: { url: `${appUrl}#/settings` } }, {})).toMatchObject({ ok: true });
  });

  it('validates IPC input like any other transport, and reaches the native dialog for choosePath', async () => {
    const frame = { senderFrame: { url: appUrl } };
    expect(await ipcHandler('settings.update')(frame, { idleLockMinutes: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ipcHandler('workspace.status')(frame, undefined)).toEqual({ ok: true, value: { state: 'locked' } });
    expect(await ipcHandler('workspace.choosePath')(frame, { purpose: 'create' })).toEqual({
      ok: true,
      value: { path: '/home/officer/Documents/chosen.pws' },
    });
    expect(fake.state.saveDialogs).toHaveLength(1);
  });

  it('shows a desktop notification on unlock when requests are overdue, and none when nothing is due', async () => {
    const frame = { senderFrame: { url: appUrl } };
    const dir = mkdtempSync(join(tmpdir(), 'pw-shell-'));
    const pass = 'correct horse battery staple';
    try {
      const path = join(dir, 'shell.pws');
      const created = await ipcHandler('workspace.create')(frame, { path, organisationName: 'Shell Org', passphrase: pass, confirmPassphrase: pass });
      expect(created).toMatchObject({ ok: true });
      expect(fake.state.notifications).toEqual([]);
      const receivedAt = new Date(Date.now() - 60 * 86_400_000).toISOString();
      const logged = await ipcHandler('requests.create')(frame, {
        types: ['erasure'],
        channel: 'email',
        receivedAt,
        requester: { name: 'Ana Overdue', residenceCountry: 'US', residenceRegion: 'CA' },
      });
      expect(logged).toMatchObject({ ok: true });
      await ipcHandler('workspace.lock')(frame, {});
      expect(await ipcHandler('workspace.unlock')(frame, { path, passphrase: pass })).toMatchObject({ ok: true });
      expect(fake.state.notifications).toEqual([{ title: 'Privacy Workstation: subject requests', body: '1 request overdue' }]);
      await ipcHandler('workspace.lock')(frame, {});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('focuses the existing window when a second instance starts, and quits when the windows close', () => {
    fake.state.windows[0]!.minimized = true;
    appListener('second-instance')();
    expect(fake.state.calls.slice(-2)).toEqual(['window.restore', 'window.focus']);
    appListener('window-all-closed')();
    expect(fake.state.calls.at(-1)).toBe('app.quit');
  });
});

describe('Electron shell when another instance holds the lock', () => {
  it('quits at once: no sandbox switch, no window, no IPC handler', async () => {
    await startShell(() => {
      fake.state.singleInstance = false;
    });
    expect(fake.state.calls).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.ipc).toEqual([]);
    expect(fake.state.appListeners.size).toBe(0);
  });
});

describe('Electron shell in development', () => {
  afterAll(() => {
    disposeShell();
    vi.unstubAllEnvs();
  });

  it('loads the dev server and trusts only that origin', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await startShell(() => {
      fake.state.isPackaged = false;
    });
    expect(fake.state.windows[0]?.loaded).toEqual(['http://localhost:5173/']);
    const listener = fake.state.beforeRequest as unknown as (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      listener({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('http://localhost:5174/')).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
    expect(await ipcHandler('app.info')({ senderFrame: { url: 'http://localhost:5173/' } }, {})).toMatchObject({ ok: true });
    expect(await ipcHandler('app.info')({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('shell security helpers', () => {
  const appUrl = pathToFileURL('/opt/Privacy Workstation/resources/app/out/renderer/index.html').href;
  const folder = appUrl.replace(/index\.html$/, '');

  it('builds the secure web preferences', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toEqual({
      preload: '/x/preload.cjs',
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
    });
  });

  it.each([
    [appUrl, true],
    [`${appUrl}#/records/12`, true],
    [`${appUrl}?tab=settings`, true],
    [`${appUrl}?a=1#b`, true],
    [`${folder}other.html`, false],
    [`${folder}assets/index.js`, false],
    [`${folder}INDEX.html`, false],
    [pathToFileURL('/tmp/renderer/index.html').href, false],
    [appUrl.replace('file:', 'http:'), false],
    ['https://evil.example/index.html', false],
    ['not a url', false],
    ['', false],
  ])('isAppUrl(%j) is %s', (url, expected) => {
    expect(isAppUrl(url, appUrl)).toBe(expected);
  });

  it('isAppUrl for a dev server compares origin and path', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/?q', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/other', dev)).toBe(false);
    expect(isAppUrl(dev, 'not a url')).toBe(false);
  });

  it.each([
    [appUrl, true],
    [`${folder}assets/index-abc.js`, true],
    [`${folder}fonts/a.woff2`, true],
    ['data:image/png;base64,AAAA', true],
    ['blob:file:///1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    [pathToFileURL('/opt/Privacy Workstation/resources/app/out/main/main.js').href, false],
    [`${folder}../main/main.js`, false],
    [pathToFileURL('/opt/Privacy Workstation/resources/app/out/renderer-evil/x.js').href, false],
    ['file:///etc/passwd', false],
    ['http://example.com/', false],
    ['https://example.com/', false],
    ['ws://localhost:1234/', false],
    ['ftp://example.com/x', false],
    ['not a url', false],
  ])('isAllowedRequest(%j) is %s for a packaged app', (url, expected) => {
    expect(isAllowedRequest(url, appUrl)).toBe(expected);
  });

  // Found while writing these tests: for file: URLs only the path is compared, so a file URL naming
  // another host (a UNC path on Windows: \\evil.example\share\...) with the app's path passes.
  it('refuses a file URL on another host, even with the app folder as its path', () => {
    const unc = new URL(appUrl);
    unc.host = 'evil.example';
    expect(unc.href.startsWith('file://evil.example/')).toBe(true);
    expect(isAllowedRequest(unc.href, appUrl)).toBe(false);
    expect(isAppUrl(unc.href, appUrl)).toBe(false);
  });

  it('isAllowedRequest for a dev server allows its origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('file:///opt/app/index.html', dev)).toBe(false);
  });

  it('hardenSession and hardenWebContents install the guards on any session-like object', () => {
    const recorded: { request?: unknown; check?: unknown; before?: unknown } = {};
    const sessionLike: SessionLike = {
      setPermissionRequestHandler: (h) => (recorded.request = h),
      setPermissionCheckHandler: (h) => (recorded.check = h),
      webRequest: { onBeforeRequest: (l) => (recorded.before = l) },
    };
    hardenSession(sessionLike, appUrl);
    expect(typeof recorded.request).toBe('function');
    expect(typeof recorded.check).toBe('function');
    expect(typeof recorded.before).toBe('function');

    const events: string[] = [];
    const contents: WebContentsLike = {
      setWindowOpenHandler: () => events.push('setWindowOpenHandler'),
      on: (event: string) => {
        events.push(event);
      },
    };
    hardenWebContents(contents, appUrl);
    expect(events.sort()).toEqual(['setWindowOpenHandler', 'will-attach-webview', 'will-navigate', 'will-redirect']);
  });
});
