import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, openCipher, openPlain } from '../src-main/db/sqlite';
import { summarise, timeRuns } from './stats';

const ROWS = 100_000;

type Opener = (path: string, create: boolean) => Db;

function openers(): Record<'encrypted' | 'plain', Opener> {
  const key = randomBytes(32);
  const salt = randomBytes(16).toString('hex');
  return {
    encrypted: (path, create) => openCipher(path, key, create ? { create, saltHex: salt } : { create }),
    plain: (path) => openPlain(path),
  };
}

function prepare(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

/** Insert 100k rows in one transaction, then reopen and read them all back, encrypted and plain side by side. */
export async function storageBench(dir: string, runs: number) {
  const result: Record<string, unknown> = { rows: ROWS };
  const timings: Record<string, { insert: number[]; reopenAndScan: number[] }> = {};
  for (const [name, open] of Object.entries(openers())) {
    timings[name] = { insert: [], reopenAndScan: [] };
    for (let run = 0; run < runs; run++) {
      const path = join(dir, `${name}-${run}.db`);
      const db = open(path, true);
      prepare(db);
      db.exec('CREATE TABLE request (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, received_at TEXT NOT NULL, status TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO request (subject, received_at, status) VALUES (?, ?, ?)');
      const [inserted] = await timeRuns(1, () =>
        db.transaction(() => {
          for (let i = 0; i < ROWS; i++) insert.run(`Subject ${i} <subject${i}@example.com>`, new Date(1_700_000_000_000 + i * 60_000).toISOString(), i % 7 ? 'open' : 'closed');
        })(),
      );
      db.close();
      const [scanned] = await timeRuns(1, () => {
        const again = open(path, false);
        prepare(again);
        const rows = again.prepare('SELECT * FROM request').all();
        if (rows.length !== ROWS) throw new Error('bench: rows lost');
        again.close();
      });
      timings[name].insert.push(inserted!);
      timings[name].reopenAndScan.push(scanned!);
      for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    }
  }
  for (const phase of ['insert', 'reopenAndScan'] as const) {
    const enc = summarise(timings.encrypted![phase]);
    const plain = summarise(timings.plain![phase]);
    result[phase] = { encrypted: enc, plain, ratio: Math.round((enc.median / plain.median) * 100) / 100 };
  }
  return result;
}
