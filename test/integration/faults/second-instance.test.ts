import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServices, createServices } from '../../../src-main/services/app-services';
import { MemoryBacking } from '../../../src-main/services/settings-store';
import { createApi } from '../../../src-main/transport/api';
import { PASS } from '../../helpers/inventory-rig';
import { errorOf, valueOf } from '../../helpers/results';
import { useSharedTempDir } from '../../helpers/shared-temp-dir';
import { type TypedApi, typedApi } from '../../helpers/typed-api';

/**
 * A second opener of an open workspace, in the same process or another one, is refused with IN_USE at once and
 * the first keeps writing: never two writers. (The Electron shell's single-instance lock, which focuses the first
 * window instead, is covered with a stand-in electron module in src-main/shell/shell.test.ts.)
 */
const ROOT = join(import.meta.dirname, '../../..');
const IN_USE = /open in another window or program\. Close it there first/;
const dir = useSharedTempDir('pw-second-');
const instances: AppServices[] = [];
let path: string;

/** One app instance's services and dispatcher, as each Electron main process or browser rig has. */
function instance(): TypedApi {
  const services = createServices({ host: { host: 'browser', version: '0.0.0-test', defaultFolder: dir(), pathSeparator: '/' }, settings: new MemoryBacking() });
  instances.push(services);
  return typedApi(
    createApi(services, (name, error) => {
      throw new Error(`${name} answered INTERNAL: ${String(error)}`);
    }),
  );
}

const activity = (name: string) => ({ name, purposes: [{ purpose: 'Check' }] });

beforeAll(async () => {
  path = join(dir(), 'shared.pws');
  const first = instance();
  valueOf(await first('workspace.create', { path, passphrase: PASS, confirmPassphrase: PASS, organisationName: 'Shared Ltd' }));
  valueOf(await first('workspace.lock', {}));
});
afterAll(() => {
  for (const services of instances) services.session.dispose();
});

describe('a second instance on an open workspace', () => {
  it('in the same process: IN_USE, the first keeps writing, and the second gets in once the first locks', async () => {
    const first = instance();
    const second = instance();
    valueOf(await first('workspace.unlock', { path, passphrase: PASS }));
    const refused = errorOf(await second('workspace.unlock', { path, passphrase: PASS }));
    expect(refused).toEqual({ code: 'IN_USE', message: expect.stringMatching(IN_USE) });
    expect(errorOf(await second('inventory.activities.save', activity('Second writer'))).code).toBe('LOCKED');
    const saved = valueOf(await first('inventory.activities.save', activity('First writer')));
    valueOf(await first('workspace.lock', {}));
    valueOf(await second('workspace.unlock', { path, passphrase: PASS }));
    expect(valueOf(await second('inventory.activities.get', { id: saved.id })).name).toBe('First writer');
    valueOf(await second('workspace.lock', {}));
  });

  it('in another process (the report command line): refused with the IN_USE sentence and exit code 1', async () => {
    const first = instance();
    valueOf(await first('workspace.unlock', { path, passphrase: PASS }));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/report-cli.ts', '--workspace', path, '--report', 'records_of_processing', '--out', join(dir(), 'ropa.pdf')], {
      cwd: ROOT,
      input: `${PASS}\n`,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(IN_USE);
    valueOf(await first('inventory.activities.save', activity('Still writing')));
    valueOf(await first('workspace.lock', {}));
  });

  it('while another process is writing: IN_USE here, and after it is killed the workspace opens intact', async () => {
    const writer = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), path], { cwd: ROOT, env: { ...process.env, PW_PASSPHRASE: PASS } });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        writer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('waiting\n') && !out.includes('ready')) writer.stdin.write('go\n');
          if (/\nactivity \d+\n/.test(out)) resolve();
        });
        writer.once('exit', (code) => reject(new Error(`the writer stopped (${code}): ${out}`)));
      });
      const here = instance();
      expect(errorOf(await here('workspace.unlock', { path, passphrase: PASS }))).toEqual({ code: 'IN_USE', message: expect.stringMatching(IN_USE) });
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
      valueOf(await here('workspace.unlock', { path, passphrase: PASS }));
      expect(valueOf(await here('inventory.activities.list', {})).total).toBeGreaterThan(0);
      valueOf(await here('workspace.lock', {}));
    } finally {
      writer.kill('SIGKILL');
    }
  });
});
