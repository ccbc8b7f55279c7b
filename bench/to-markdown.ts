import { readFileSync } from 'node:fs';

/**
 * `npx tsx bench/to-markdown.ts figures.json`: the README's table from the JSON `npm run bench`
 * printed, each figure beside its target from issue 8.
 */
interface Summary {
  median: number;
  p95: number;
}
interface Figures {
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  workspace: { rows: Record<string, number>; fileMiB: number };
  unlock: { encrypted: Summary; plainWithoutKeyDerivation: Summary };
  unlockThenFirstDashboardMs: number;
  screens: Record<string, { kind: string; targetP95: number; encrypted: Summary; plain: Summary; ratio: number }>;
  recordsOfProcessing: { encrypted: Summary & { pages: number }; plain: Summary; ratio: number };
  peakRssMiB: { encrypted: Memory; plain: Memory };
  chromium: {
    unlockToDashboardPainted: Summary;
    lists: Record<string, { rows: number; listPaintedMs: number; reading: Scroll; flicking: Scroll }>;
  };
}
interface Memory {
  screens: number;
  withReports: number;
  renderChild: number;
}
interface Scroll {
  pxPerFrame: number;
  frames: number;
  droppedFrames: number;
  frameMs: Summary;
}

const figures = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8')) as Figures;
const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const words = (name: string) => name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

const { machine, workspace } = figures;
const lines = [
  `Measured on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; workspace of ${Object.entries(workspace.rows)
    .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
    .join(', ')} (${workspace.fileMiB} MiB). Milliseconds; median / p95 of 30 runs unless said.`,
  '',
  '| figure | encrypted median / p95 | plain median / p95 | ratio | target | met |',
  '|---|---|---|---|---|---|',
  `| Unlock (encrypted: key derivation included; plain: opening the decrypted copy) | ${ms(figures.unlock.encrypted.median)} / ${ms(figures.unlock.encrypted.p95)} | ${ms(figures.unlock.plainWithoutKeyDerivation.median)} / ${ms(figures.unlock.plainWithoutKeyDerivation.p95)} | | < 1,000 | ${met(figures.unlock.encrypted.p95 < 1000)} |`,
  `| Unlock, then the dashboard's figures read on a cold cache (one run, the day's upkeep included) | ${ms(figures.unlockThenFirstDashboardMs)} | | | | |`,
  ...Object.entries(figures.screens).map(
    ([name, f]) =>
      `| ${words(name)} (${f.kind}) | ${ms(f.encrypted.median)} / ${ms(f.encrypted.p95)} | ${ms(f.plain.median)} / ${ms(f.plain.p95)} | ${f.ratio} | p95 < ${f.targetP95} | ${met(f.encrypted.p95 < f.targetP95)} |`,
  ),
  `| Records of processing PDF, every activity (${figures.recordsOfProcessing.encrypted.pages.toLocaleString('en')} pages; 3 runs) | ${ms(figures.recordsOfProcessing.encrypted.median)} / ${ms(figures.recordsOfProcessing.encrypted.p95)} | ${ms(figures.recordsOfProcessing.plain.median)} / ${ms(figures.recordsOfProcessing.plain.p95)} | ${figures.recordsOfProcessing.ratio} | < 3,000 | ${met(figures.recordsOfProcessing.encrypted.p95 < 3000)} |`,
  ...(['screens', 'withReports'] as const).map((phase) => {
    const { encrypted, plain } = figures.peakRssMiB;
    const what = phase === 'screens' ? 'unlock and every screen' : 'and the records of processing three times';
    return `| Main process peak memory, MiB (${what}) | ${encrypted[phase]} | ${plain[phase]} | | < 300 | ${met(encrypted[phase] < 300)} |`;
  }),
  `| Report render child's peak memory, MiB (its own process) | ${figures.peakRssMiB.encrypted.renderChild} | ${figures.peakRssMiB.plain.renderChild} | | | |`,
  `| Chromium: Unlock button to dashboard painted (5 runs) | ${ms(figures.chromium.unlockToDashboardPainted.median)} / ${ms(figures.chromium.unlockToDashboardPainted.p95)} | | | < 1,500 | ${met(figures.chromium.unlockToDashboardPainted.p95 < 1500)} |`,
  ...Object.entries(figures.chromium.lists).flatMap(([list, scrolled]) =>
    (['reading', 'flicking'] as const).map((speed) => {
      const f = scrolled[speed];
      return `| Chromium: the ${scrolled.rows.toLocaleString('en')}-row ${words(list).toLowerCase()} list scrolled ${f.pxPerFrame} px a frame for 3 s: frames dropped of ${f.frames} (frame median / p95 ms) | ${f.droppedFrames} (${ms(f.frameMs.median)} / ${ms(f.frameMs.p95)}) | | | 0 dropped | ${met(f.droppedFrames === 0)} |`;
    }),
  ),
];
console.log(lines.join('\n'));
