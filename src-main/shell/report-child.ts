import { utilityProcess } from 'electron';
import type { StartRenderChild } from '../services/report-jobs/child-launch';
import type { ChildMessage } from '../services/report-jobs/child-protocol';

/**
 * Report children as Electron utility processes. Node's fork would run the Electron binary with
 * ELECTRON_RUN_AS_NODE, which works only while the runAsNode fuse is on (and newer Electron throws
 * when it is off); Electron recommends utility processes for a standalone Node process instead.
 * Messages are structured clones, as with fork's 'advanced' serialization.
 */
export const startUtilityChild: StartRenderChild = ({ entry, execArgv, env }) => {
  const child = utilityProcess.fork(entry, [], { execArgv, env, stdio: 'ignore', serviceName: 'Privacy Workstation report' });
  return {
    get pid() {
      return child.pid;
    },
    send: (task) => child.postMessage(task),
    onMessage: (listener) => child.on('message', (message: ChildMessage) => listener(message)),
    onExit: (listener) => child.once('exit', () => listener()),
    kill: () => child.kill(),
  };
};
