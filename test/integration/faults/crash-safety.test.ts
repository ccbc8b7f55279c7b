import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIntegrity, closeWorkspaceFile, createWorkspaceFile, unlockWorkspaceFile } from '../../../src-main/db/workspace-file';
import { PASS } from '../../helpers/inventory-rig';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * A child process writes to a real workspace in a loop and is killed with SIGKILL at seeded random
 * moments, from the middle of unlocking to the middle of a commit. After every kill the workspace
 * must reopen with its passphrase, pass PRAGMA integrity_check, hold every record the child saw
 * committed, and hold no half-written one.
 */
const ROUNDS = 30;
const SEED = 20261129;
/**
 * When each writer is killed: most at 0-300 ms after it has unlocked (among the writes, about 6 ms each), one in five
 * at 0-600 ms after it was let go (while it derives the key, opens the file and recovers the WAL of the last kill).
 */
const KILLS = fc.sample(fc.record({ whileOpening: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), ms: fc.integer({ min: 0, max: 300 }) }), {
  seed: SEED,
  numRuns: ROUNDS,
});
const WRITER = join(import.meta.dirname, 'crash-writer.ts');
const NOW = new Date('2026-11-29T10:00:00Z');
const tempDir = useTempDir('pw-crash-');
/** Writers still running when a round fails: stopped, so none outlives the test. */
const running = new Set<ChildProcessWithoutNullStreams>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

interface Writer {
  child: ChildProcessWithoutNullStreams;
  /** Complete lines printed so far. */
  lines: string[];
  /** Resolves once the app is loaded and the writer waits for its 'go'. */
  loaded: Promise<void>;
  /** Resolves once it has unlocked the workspace. */
  ready: Promise<void>;
  exited: Promise<void>;
}

/** Started ahead of its round: it loads the app, then waits for a line on stdin before touching the file. */
function startWriter(path: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], {
    cwd: join(import.meta.dirname, '../../..'),
    env: { ...process.env, PW_PASSPHRASE: PASS },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: string[] = [];
  let pending = '';
  const marks = { waiting: () => {}, ready: () => {} };
  const loaded = new Promise<void>((resolve) => (marks.waiting = resolve));
  const ready = new Promise<void>((resolve) => (marks.ready = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
    for (const line of parts) if (line === 'waiting' || line === 'ready') marks[line]();
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve, reject) =>
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the writer stopped by itself (${code}): ${lines.at(-1)} ${stderr}`)))),
  );
  return { child, lines, loaded, ready, exited };
}

describe('crash safety: a writer killed with SIGKILL at random moments', () => {
  it(`reopens intact with every committed record, ${ROUNDS} rounds (seed ${SEED})`, async () => {
    const started = performance.now();
    const path = join(tempDir(), 'crash.pws');
    closeWorkspaceFile(await createWorkspaceFile(path, PASS, 'Crash Test Ltd', NOW));
    const committed = { activity: new Set<number>(), request: new Set<number>() };
    const figures = { rounds: ROUNDS, kills: 0, killedWhileOpening: 0, writes: 0, activities: 0, requests: 0, seconds: 0 };

    let writer = startWriter(path);
    for (let round = 0; round < ROUNDS; round++) {
      const kill = KILLS[round]!;
      // A writer that fails by itself rejects `exited` and fails the test at these races.
      await Promise.race([writer.loaded, writer.exited]);
      writer.child.stdin.write('go\n');
      // The next writer loads the app meanwhile; it waits for its own 'go', after this round's check has closed the file.
      const next = round + 1 < ROUNDS ? startWriter(path) : undefined;
      if (!kill.whileOpening) await Promise.race([writer.ready, writer.exited]);
      await Promise.race([new Promise((resolve) => setTimeout(resolve, kill.ms)), writer.exited]);
      writer.child.kill('SIGKILL');
      await writer.exited;
      figures.kills++;
      if (!writer.lines.includes('ready')) figures.killedWhileOpening++;
      for (const line of writer.lines) {
        const [kind, id] = line.split(' ');
        if (kind === 'activity' || kind === 'request') {
          committed[kind].add(Number(id));
          figures.writes++;
        }
      }

      // The exclusive lock: the killed writer is gone before the file is opened here.
      const ws = await unlockWorkspaceFile(path, PASS, NOW);
      try {
        expect(checkIntegrity(ws.db), `round ${round}`).toEqual([]);
        const ids = (table: string) => new Set(ws.db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]);
        const activities = ids('activity');
        const requests = ids('request');
        expect([...committed.activity].filter((id) => !activities.has(id)), `round ${round}: committed activities lost`).toEqual([]);
        expect([...committed.request].filter((id) => !requests.has(id)), `round ${round}: committed requests lost`).toEqual([]);
        // Nothing half-written: every activity has both purposes, every request its type.
        const halfActivities = ws.db.prepare('SELECT count(*) FROM activity a WHERE (SELECT count(*) FROM activity_purpose p WHERE p.activity_id = a.id) <> 2');
        expect(halfActivities.pluck().get(), `round ${round}`).toBe(0);
        expect(ws.db.prepare('SELECT count(*) FROM request r WHERE NOT EXISTS (SELECT 1 FROM request_type t WHERE t.request_id = r.id)').pluck().get()).toBe(0);
        figures.activities = activities.size;
        figures.requests = requests.size;
      } finally {
        closeWorkspaceFile(ws);
      }
      if (next) writer = next;
    }
    figures.seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log('[crash safety]', JSON.stringify(figures));
    // Most kills land among the writes; the rows can exceed what was reported (a commit whose "done" line the kill cut off).
    expect(figures.kills - figures.killedWhileOpening).toBeGreaterThan(ROUNDS / 2);
    expect(figures.activities).toBeGreaterThanOrEqual(committed.activity.size);
    expect(figures.requests).toBeGreaterThanOrEqual(committed.request.size);
    expect(committed.activity.size + committed.request.size).toBe(figures.writes);
  }, 120_000);
});
