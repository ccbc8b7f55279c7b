import { contextBridge, ipcRenderer } from 'electron';
import { type Bridge, callNames, IPC_PREFIX } from '../contract';

/** Exactly the contract, one function per call, and nothing else of Electron or Node. */
const bridge = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)])) as Bridge;

contextBridge.exposeInMainWorld('privacyApi', bridge);
