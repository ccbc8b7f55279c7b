import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../contract/errors';
import { closeWorkspaceFile, createWorkspaceFile } from '../db/workspace-file';
import { FakeClock, MINUTE, SECOND } from '../../test/helpers/clock';
import { MemoryBacking } from '../../test/helpers/settings';
import { useSharedTempDir } from '../../test/helpers/shared-temp-dir';
import { useTempDir } from '../../test/helpers/temp-dir';
import { SettingsStore } from './settings-store';
import { WorkspaceSession } from './workspace-session';

const PASS = 'correct horse battery staple';
const START = '2026-11-29T10:00:00.000Z';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('workspace session: idle lock', () => {
  const dir = useSharedTempDir();
  const clock = new FakeClock(START);
  const settings = new SettingsStore(new MemoryBacking());
  let session: WorkspaceSession;
  let path: string;
  let locks: ('idle' | 'manual')[];
  let unsubscribe: () => void;

  beforeAll(async () => {
    // Only the session's own 5-second check is faked, so the test decides when it runs; scrypt and the driver are real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    path = join(dir(), 'idle.pws');
    closeWorkspaceFile(await createWorkspaceFile(path, PASS, 'Idle Test Org', clock.now()));
    session = new WorkspaceSession(settings, clock);
  });

  afterAll(() => {
    session.dispose();
    vi.useRealTimers();
  });

  // Each test starts at START, unlocked, last used at START, with a 10-minute idle lock.
  beforeEach(async () => {
    unsubscribe?.();
    settings.update({ idleLockMinutes: 10 });
    clock.set(START);
    if (session.status().state === 'locked') await session.unlock(path, PASS);
    else session.touch();
    locks = [];
    unsubscribe = session.onLock((reason) => locks.push(reason));
  });

  it('stays unlocked while less than idleLockMinutes have passed', () => {
    clock.advance(10 * MINUTE - SECOND);
    session.lockIfIdle();
    expect(session.status()).toMatchObject({ state: 'unlocked', path, organisationName: 'Idle Test Org' });
    expect(() => session.db()).not.toThrow();
    expect(locks).toEqual([]);
  });

  it('locks once idleLockMinutes have passed: db() refuses with LOCKED and listeners hear "idle"', () => {
    clock.advance(10 * MINUTE);
    session.lockIfIdle();
    expect(session.status()).toEqual({ state: 'locked' });
    const error = thrown(() => session.db());
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('LOCKED');
    expect(locks).toEqual(['idle']);
    // Locking again is a no-op: listeners hear each lock once.
    session.lockIfIdle();
    session.lock('manual');
    expect(locks).toEqual(['idle']);
  });

  it('is locked by its own periodic check, without anyone calling lockIfIdle', () => {
    clock.advance(11 * MINUTE);
    expect(session.status().state).toBe('unlocked');
    vi.advanceTimersByTime(5 * SECOND);
    expect(session.status()).toEqual({ state: 'locked' });
    expect(locks).toEqual(['idle']);
  });

  it('counts from the last touch(): use postpones the lock', () => {
    clock.advance(9 * MINUTE);
    session.touch();
    clock.advance(9 * MINUTE);
    session.lockIfIdle();
    expect(session.status().state).toBe('unlocked');
    clock.advance(1 * MINUTE);
    session.lockIfIdle();
    expect(session.status().state).toBe('locked');
    expect(locks).toEqual(['idle']);
  });

  it('never locks when idleLockMinutes is 0, and then reports no countdown', () => {
    settings.update({ idleLockMinutes: 0 });
    clock.advance(30 * 24 * 60 * MINUTE);
    session.lockIfIdle();
    vi.advanceTimersByTime(5 * SECOND);
    expect(session.status().state).toBe('unlocked');
    expect(session.secondsUntilIdleLock()).toBeNull();
    expect(locks).toEqual([]);
  });

  it('counts down the seconds until the idle lock, and follows a changed setting', () => {
    expect(session.secondsUntilIdleLock()).toBe(600);
    clock.advance(90 * SECOND);
    expect(session.secondsUntilIdleLock()).toBe(510);
    clock.advance(500);
    expect(session.secondsUntilIdleLock()).toBe(510);
    clock.advance(501);
    expect(session.secondsUntilIdleLock()).toBe(509);
    settings.update({ idleLockMinutes: 2 });
    expect(session.secondsUntilIdleLock()).toBe(120 - 91);
    session.touch();
    expect(session.secondsUntilIdleLock()).toBe(120);
  });

  it('reports no countdown while locked', () => {
    session.lock('manual');
    expect(session.secondsUntilIdleLock()).toBeNull();
    expect(locks).toEqual(['manual']);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const heard: string[] = [];
    const off = session.onLock((reason) => heard.push(reason));
    off();
    session.lock('manual');
    expect(heard).toEqual([]);
    expect(locks).toEqual(['manual']);
  });

  // Found while writing these tests: touch() only moves lastActivity, so use that arrives after
  // the deadline (before the 5-second check has run, e.g. on waking a laptop) revives the workspace.
  it('does not let a touch after the deadline revive the workspace', () => {
    clock.advance(10 * MINUTE + 30 * SECOND);
    session.touch();
    session.lockIfIdle();
    expect(session.status()).toEqual({ state: 'locked' });
    expect(locks).toEqual(['idle']);
  });
});

describe('workspace session: paths', () => {
  const tempDir = useTempDir();

  function newSession() {
    const clock = new FakeClock(START);
    const settings = new SettingsStore(new MemoryBacking());
    return { clock, settings, session: new WorkspaceSession(settings, clock) };
  }

  it.each(['acme.pws', './acme.pws', 'folder/acme.pws', '~/acme.pws'])('refuses the relative path %j with VALIDATION on the path field', async (relative) => {
    const { session } = newSession();
    for (const attempt of [session.create(relative, PASS, 'Org'), session.unlock(relative, PASS)]) {
      const error = await rejection(attempt);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION');
      expect((error as AppError).fields?.path).toEqual(expect.any(String));
    }
    expect(existsSync(join(process.cwd(), 'acme.pws'))).toBe(false);
    session.dispose();
  });

  it('adds .pws when missing, normalises the path, and remembers it among the recent workspaces', async () => {
    const dir = tempDir();
    const { session, settings, clock } = newSession();
    const status = await session.create(join(dir, 'sub', '..', 'acme'), PASS, 'Acme Ltd');
    expect(status).toMatchObject({ state: 'unlocked', path: join(dir, 'acme.pws'), organisationName: 'Acme Ltd' });
    expect(readdirSync(dir)).toContain('acme.pws');
    expect(readdirSync(dir)).not.toContain('acme');
    expect(settings.recent()).toEqual([{ path: join(dir, 'acme.pws'), organisationName: 'Acme Ltd', lastOpenedAt: clock.now().toISOString(), loginName: 'officer' }]);
    expect(session.recent()).toEqual([{ path: join(dir, 'acme.pws'), organisationName: 'Acme Ltd', lastOpenedAt: START, loginName: 'officer', exists: true }]);
    session.dispose();
    rmSync(join(dir, 'acme.pws'));
    expect(session.recent()).toEqual([{ path: join(dir, 'acme.pws'), organisationName: 'Acme Ltd', lastOpenedAt: START, loginName: 'officer', exists: false }]);
  });

  it('keeps an extension that is already there in another case, and locks the open workspace (manual) when creating another', async () => {
    const dir = tempDir();
    const { session } = newSession();
    await session.create(join(dir, 'first.pws'), PASS, 'First');
    const heard: string[] = [];
    session.onLock((reason) => heard.push(reason));
    const status = await session.create(join(dir, 'SECOND.PWS'), PASS, 'Second');
    expect(status).toMatchObject({ state: 'unlocked', path: join(dir, 'SECOND.PWS'), organisationName: 'Second' });
    expect(readdirSync(dir).filter((f) => !f.endsWith('-wal') && !f.endsWith('.keys') && !f.endsWith('-shm')).sort()).toEqual(['SECOND.PWS', 'first.pws']);
    expect(heard).toEqual(['manual']);
    session.dispose();
  });

  it('tells unlock listeners after create and unlock, and a failing listener does not undo the unlock', async () => {
    const dir = tempDir();
    const { session } = newSession();
    const heard: string[] = [];
    session.onUnlock(() => heard.push(session.status().state));
    session.onUnlock(() => {
      throw new Error('reminders unavailable');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await session.create(join(dir, 'listened.pws'), PASS, 'Listened');
    session.lock('manual');
    const status = await session.unlock(join(dir, 'listened.pws'), PASS);
    expect(status.state).toBe('unlocked');
    expect(heard).toEqual(['unlocked', 'unlocked']);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    session.dispose();
  });

  it('refuses changePassphrase with LOCKED while locked', async () => {
    const { session } = newSession();
    const error = await rejection(session.changePassphrase(PASS, `${PASS} 2`));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('LOCKED');
    session.dispose();
  });
});
