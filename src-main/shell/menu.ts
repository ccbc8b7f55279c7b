import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock(): void;
  about(): void;
}

/** The usual menus and shortcuts; the renderer handles in-page shortcuts (Ctrl+1..7) itself. */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, devTools: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Lock workspace', accelerator: 'CmdOrCtrl+L', click: actions.lock },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
    { label: 'Help', submenu: [{ label: 'About Privacy Workstation', click: actions.about }] },
  ];
}
