import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { reportStartInput } from '../contract/reports';
import { AppError } from '../contract/errors';
import { REPORT_NAMES } from '../domain/notice/options';
import { createServices } from '../services/app-services';
import { MemoryBacking } from '../services/settings-store';

/**
 * `npm run report -- --workspace <file> --report <name> --out <file.pdf> [options] < passphrase`:
 * the same PDFs as the app, headless, for scheduled audit packs. The passphrase is read from
 * standard input so it never appears in the process list or the shell history.
 */
export const USAGE = `Usage: npm run report -- --workspace <file.pws> --report <name> --out <file.pdf> [options] < passphrase-file

Reports: ${Object.keys(REPORT_NAMES).join(', ')}
Options:
  --date-locale <en-GB|en-US|de-DE|fr-FR|es-ES|hi-IN>   language of dates (default en-GB)
  --from <YYYY-MM-DD> --to <YYYY-MM-DD>                 period of the backlog report
  --request <id>                                        the request of a response packet
  --vendor <id>                                         a vendor of the vendor report (repeat; default all)
  --generated-at <ISO instant>                          deterministic mode: fixed "generated at" date
The passphrase is read from standard input (a pipe, or typed without echo).`;

export interface CliArgs {
  workspace: string;
  out: string;
  start: z.output<typeof reportStartInput>;
}

/** The command line as a report request, validated by the same schema as the app's call; throws a one-line message. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      workspace: { type: 'string' },
      report: { type: 'string' },
      out: { type: 'string' },
      'date-locale': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      request: { type: 'string' },
      vendor: { type: 'string', multiple: true },
      'generated-at': { type: 'string' },
    },
    strict: true,
  });
  if (!values.workspace || !values.report || !values.out) throw new Error('Give --workspace, --report and --out.');
  if ((values.from === undefined) !== (values.to === undefined)) throw new Error('Give both --from and --to, or neither.');
  const start = {
    report: values.report,
    options: {
      ...(values['date-locale'] === undefined ? {} : { dateLocale: values['date-locale'] }),
      ...(values.from === undefined || values.to === undefined ? {} : { period: { from: values.from, to: values.to } }),
      ...(values.request === undefined ? {} : { requestId: Number(values.request) }),
      ...(values.vendor === undefined ? {} : { vendorIds: values.vendor.map(Number) }),
    },
    ...(values['generated-at'] === undefined ? {} : { generatedAt: values['generated-at'] }),
  };
  const parsed = reportStartInput.safeParse(start);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return { workspace: expand(values.workspace), out: expand(values.out), start: parsed.data };
}

const expand = (path: string) => resolve(path.startsWith('~/') ? join(homedir(), path.slice(2)) : path);

/** Everything on standard input, less one final line break: a passphrase file or a pipe. */
export async function readPassphrase(input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void }, prompt: NodeJS.WritableStream): Promise<string> {
  if (input.isTTY && input.setRawMode) return readWithoutEcho(input as NodeJS.ReadStream, prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function readWithoutEcho(input: NodeJS.ReadStream, prompt: NodeJS.WritableStream): Promise<string> {
  prompt.write('Passphrase: ');
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((done, fail) => {
    let typed = '';
    const onData = (key: string) => {
      for (const char of key) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled.'));
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      prompt.write('\n');
      if (error) fail(error);
      else done(typed);
    };
    input.on('data', onData);
  });
}

/** Runs one report; answers the exit code (0 done, 1 failed, 2 wrong usage) after printing one line. */
export async function runCli(argv: readonly string[], io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const services = createServices({
    host: { host: 'browser', version: 'cli', defaultFolder: dirname(args.workspace), pathSeparator: '/' },
    settings: new MemoryBacking(),
  });
  const started = performance.now();
  try {
    await services.session.unlock(args.workspace, await readPassphrase(io.stdin, io.stderr));
    const job = services.reports.start(args.start);
    const finished = await services.reports.jobs.settled(job.jobId);
    if (finished.state !== 'done') throw new Error(finished.message ?? `The report was ${finished.state}.`);
    const { pdf } = services.reports.jobs.result(job.jobId);
    // Written beside the target and renamed, so a failure never leaves half a PDF under the chosen name.
    const partial = `${args.out}.partial`;
    try {
      writeFileSync(partial, pdf);
      renameSync(partial, args.out);
    } finally {
      rmSync(partial, { force: true });
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(`Wrote ${args.out} (${Math.round(pdf.byteLength / 1024)} KiB) in ${seconds} s.\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof AppError || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    services.session.dispose();
  }
}
