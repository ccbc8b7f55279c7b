import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumBench } from './in-chromium';
import { buildBenchWorkspace, type BenchWorkspace } from './large-workspace';
import { type ScenarioKind, TARGET_P95_MS } from './scenarios';
import type { summarise } from './stats';

/** `npm run bench`: figures as JSON on standard output, nothing asserted. */
const RUNS = 30;
const root = resolve(import.meta.dirname, '..');

type Summary = ReturnType<typeof summarise>;
interface ChildFigures {
  unlock: Summary;
  unlockThenDashboardMs: number;
  scenarios: Record<string, Summary & { kind: ScenarioKind }>;
  recordsOfProcessing: Summary & { pages: number; sizeKiB: number };
  peakRssMiB: { screens: number; withReports: number; renderChild: number };
}

/** One mode measured in a fresh process, which stands for the app's main process (bench/measure-child.ts). */
function measure(mode: 'encrypted' | 'plain', ws: BenchWorkspace): ChildFigures {
  const child = resolve(import.meta.dirname, 'measure-child.ts');
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, mode, ws.path, ws.plainPath, String(RUNS)], { encoding: 'utf8', maxBuffer: 2 ** 24 });
  return JSON.parse(output) as ChildFigures;
}

const ratio = (encrypted: Summary, plain: Summary) => Math.round((encrypted.median / plain.median) * 100) / 100;

const dir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
try {
  const ws = await buildBenchWorkspace(dir);
  const encrypted = measure('encrypted', ws);
  const plain = measure('plain', ws);
  const screens = Object.fromEntries(
    Object.entries(encrypted.scenarios).map(([name, { kind, ...enc }]) => {
      const { kind: _, ...p } = plain.scenarios[name]!;
      return [name, { kind, targetP95: TARGET_P95_MS[kind], encrypted: enc, plain: p, ratio: ratio(enc, p) }];
    }),
  );
  const figures = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    unit: 'ms',
    workspace: { rows: ws.counts, fileMiB: Math.round(statSync(ws.path).size / 2 ** 20), generatedInMs: ws.fillMs },
    unlock: { encrypted: encrypted.unlock, plainWithoutKeyDerivation: plain.unlock },
    unlockThenFirstDashboardMs: encrypted.unlockThenDashboardMs,
    screens,
    recordsOfProcessing: { encrypted: encrypted.recordsOfProcessing, plain: plain.recordsOfProcessing, ratio: ratio(encrypted.recordsOfProcessing, plain.recordsOfProcessing) },
    peakRssMiB: { encrypted: encrypted.peakRssMiB, plain: plain.peakRssMiB },
    chromium: await chromiumBench(join(root, 'out', 'renderer'), ws.path, 5),
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
