import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASS } from '../../test/helpers/inventory-rig';
import { useSharedTempDir } from '../../test/helpers/shared-temp-dir';
import { createServices } from '../services/app-services';
import { MemoryBacking } from '../services/settings-store';
import { parseCliArgs, runCli } from './cli';

const dir = useSharedTempDir();
const workspace = () => join(dir(), 'audit.pws');

beforeAll(async () => {
  const services = createServices({ host: { host: 'browser', version: 'test', defaultFolder: dir(), pathSeparator: '/' }, settings: new MemoryBacking() });
  await services.session.create(workspace(), PASS, 'Zoë Ñúñez Outfitters');
  services.exchange.importSample();
  services.session.dispose();
});

function sink() {
  let text = '';
  return { stream: new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) }), text: () => text };
}

async function run(argv: string[], passphrase: string) {
  const stdin = new PassThrough();
  stdin.end(`${passphrase}\n`);
  const [stdout, stderr] = [sink(), sink()];
  const code = await runCli(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('parseCliArgs: the command line is validated by the same schema as the app', () => {
  it.each([
    [['--report', 'records_of_processing', '--out', 'x.pdf'], 'Give --workspace, --report and --out.'],
    [['--workspace', 'w.pws', '--report', 'annual_report', '--out', 'x.pdf'], 'report: Invalid option'],
    [['--workspace', 'w.pws', '--report', 'request_backlog', '--out', 'x.pdf', '--from', '2026-01-01'], 'Give both --from and --to, or neither.'],
    [['--workspace', 'w.pws', '--report', 'request_backlog', '--out', 'x.pdf', '--from', '2026-05-01', '--to', '2026-01-01'], 'options.period.to: The period cannot end before it starts.'],
    [['--workspace', 'w.pws', '--report', 'request_response', '--out', 'x.pdf'], 'options.requestId: Choose the request the response is for.'],
    [['--workspace', 'w.pws', '--report', 'vendor_review', '--out', 'x.pdf', '--vendor', 'seven'], 'options.vendorIds.0'],
    [['--workspace', 'w.pws', '--report', 'vendor_review', '--out', 'x.pdf', '--colour', 'red'], "Unknown option '--colour'"],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('a full command line becomes the report request', () => {
    const args = parseCliArgs(['--workspace', 'a.pws', '--report', 'vendor_review', '--out', 'out/v.pdf', '--vendor', '3', '--vendor', '7', '--date-locale', 'fr-FR', '--generated-at', '2026-01-31T08:00:00Z']);
    expect(args).toEqual({
      workspace: resolve('a.pws'),
      out: resolve('out/v.pdf'),
      start: { report: 'vendor_review', options: { dateLocale: 'fr-FR', vendorIds: [3, 7] }, generatedAt: '2026-01-31T08:00:00Z' },
    });
  });
});

describe('runCli: a report written headless, passphrase from standard input', () => {
  it('writes the PDF and says where', async () => {
    const out = join(dir(), 'ropa.pdf');
    const result = await run(['--workspace', workspace(), '--report', 'records_of_processing', '--out', out, '--generated-at', '2026-11-29T10:00:00Z'], PASS);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^Wrote ${out} \\(\\d+ KiB\\) in \\d+\\.\\d s\\.\\n$`));
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Records of processing activities');
    expect(text).toContain('Zoë Ñúñez Outfitters');
  });

  it('a wrong passphrase writes nothing and says so in one line', async () => {
    const out = join(dir(), 'never.pdf');
    const result = await run(['--workspace', workspace(), '--report', 'privacy_notice', '--out', out], 'not the passphrase at all');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/passphrase/i);
    expect(existsSync(out)).toBe(false);
  });

  it('wrong usage exits 2 with the usage text', async () => {
    const result = await run(['--report', 'privacy_notice'], PASS);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run report');
  });

  it('the real command reads the passphrase from a pipe', () => {
    const out = join(dir(), 'notice.pdf');
    const child = spawnSync('npx', ['tsx', 'src-main/report-cli.ts', '--workspace', workspace(), '--report', 'privacy_notice', '--out', out], {
      input: `${PASS}\n`,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Privacy notice');
  });
});
