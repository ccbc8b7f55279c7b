import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge, CallName } from '../contract';
import { IPC_PREFIX } from '../contract/ipc';

/** The contract's call names, written in at build time (electron.vite.config.ts), so no schema is bundled here. */
declare const __CALL_NAMES__: readonly CallName[];

/** Exactly the contract, one function per call, and nothing else of Electron or Node. */
const bridge = Object.fromEntries(__CALL_NAMES__.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)])) as Bridge;

contextBridge.exposeInMainWorld('privacyApi', bridge);
