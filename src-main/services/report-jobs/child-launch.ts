import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, RenderTask } from './child-protocol';

/** A running render child, however it was started: Node's fork here, Electron's utility process in the shell. */
export interface RenderChild {
  /** Undefined once it has exited (or if it could not start). */
  readonly pid: number | undefined;
  send(task: RenderTask): void;
  onMessage(listener: (message: ChildMessage) => void): void;
  /** Called once when the process has ended, for whatever reason, or could not be started. */
  onExit(listener: () => void): void;
  kill(): void;
}

export interface ChildSpec {
  /** The entry file: the bundled report-worker.js, or child-entry.ts from source. */
  entry: string;
  execArgv: string[];
  env: Record<string, string>;
}

export type StartRenderChild = (spec: ChildSpec) => RenderChild;

/**
 * Node's fork with structured-clone messages ('advanced'), so that the document's dates and the
 * PDF's bytes cross as they are, not as JSON. The child's stdout is dropped; its stderr is the app's.
 */
export const forkRenderChild: StartRenderChild = ({ entry, execArgv, env }) => {
  const child = fork(entry, [], { execArgv, env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ended = new Set<() => void>();
  let over = false;
  const end = (): void => {
    if (over) return;
    over = true;
    for (const listener of ended) listener();
  };
  child.once('exit', end);
  // A child that cannot be spawned emits 'error' and never 'exit'; a failed send also emits 'error' (its exit follows).
  child.on('error', () => {
    if (child.pid === undefined) end();
  });
  return {
    get pid() {
      return over ? undefined : child.pid;
    },
    send: (task) => child.send(task),
    onMessage: (listener) => child.on('message', (message) => listener(message as ChildMessage)),
    onExit: (listener) => ended.add(listener),
    kill: () => child.kill('SIGKILL'),
  };
};

/**
 * The child's environment: nothing of the app's (no NODE_OPTIONS to inject code, nothing about the
 * workspace), only what the operating system needs to start a process (Windows wants SystemRoot).
 */
function childEnv(): Record<string, string> {
  const systemRoot = process.env.SystemRoot;
  return systemRoot === undefined ? {} : { SystemRoot: systemRoot };
}

/**
 * What to start: the packaged app's bundled child, or from source (tests, the browser rig, the
 * command line, the bench) the TypeScript entry under tsx's loader, since Node cannot load .ts by itself.
 */
export function childSpec(bundled: URL | undefined): ChildSpec {
  if (bundled !== undefined) return { entry: fileURLToPath(bundled), execArgv: [], env: childEnv() };
  return { entry: fileURLToPath(new URL('./child-entry.ts', import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')], env: childEnv() };
}
