import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CallName, callNames, contract, type RecentWorkspace, type WorkspaceStatus } from '../contract';
import { AppError, ERROR_CODES, type Result } from '../contract/errors';
import { DEFAULT_SETTINGS } from '../contract/settings';
import { type AppServices, createServices, type HostEnvironment } from '../services/app-services';
import { FakeClock, MINUTE, SECOND } from '../../test/helpers/clock';
import { rawBytes } from '../../test/helpers/files';
import { errorOf, STACK_TRACE, valueOf } from '../../test/helpers/results';
import { confSettings } from '../../test/helpers/settings';
import { useSharedTempDir } from '../../test/helpers/shared-temp-dir';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createApi } from './api';
import { createDispatcher, type Dispatch } from './dispatch';
import type { Handlers } from './handlers';

const PASS = 'correct horse battery staple';
const tempDir = useTempDir();

interface Rig {
  api: Dispatch;
  services: AppServices;
  /** The settings file conf writes, to show that a refused call wrote nothing. */
  settingsFile: string;
  logged: { name: string; error: unknown }[];
}

const live: AppServices[] = [];
afterEach(() => {
  for (const services of live.splice(0)) services.session.dispose();
});

function makeRig(dir: string, options: { clock?: FakeClock; host?: Partial<HostEnvironment> } = {}): Rig {
  const settingsDir = join(dir, 'settings');
  const settings = confSettings(settingsDir);
  const services = createServices({
    host: { host: 'browser', version: '0.0.0-test', defaultFolder: dir, pathSeparator: '/', ...options.host },
    settings,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  live.push(services);
  const logged: Rig['logged'] = [];
  const api = createApi(services, (name, error) => logged.push({ name, error }));
  return { api, services, settingsFile: settings.path, logged };
}

const hashOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const settingsBytes = (rig: Rig) => (existsSync(rig.settingsFile) ? readFileSync(rig.settingsFile, 'utf8') : '');

function createInput(path: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { path, organisationName: 'Zebracorn Kittiwake Holdings', passphrase: PASS, confirmPassphrase: PASS, ...overrides };
}

describe('dispatcher: call names', () => {
  it.each(['workspace.delete', '', 'WORKSPACE.STATUS', 'settings.get ', 'pw:settings.get', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'answers VALIDATION for the unknown name %j',
    async (name) => {
      const { api } = makeRig(tempDir());
      const error = errorOf(await api(name, {}));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain('There is no call named');
    },
  );

  it.each([
    ['a number', 42],
    ['a plain object', {}],
    ['an array holding a real name', ['settings.get']],
    ['an object whose toString names a real call', { toString: () => 'settings.get' }],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['a symbol', Symbol('settings.get')],
  ])('answers VALIDATION for a name that is %s', async (_label, name) => {
    const { api } = makeRig(tempDir());
    expect(errorOf(await api(name, {})).code).toBe('VALIDATION');
  });

  // Found while writing these tests: String(name) throws for an object without a prototype,
  // so the dispatcher rejects instead of answering a Result.
  it.each([
    ['an object without a prototype', Object.create(null) as unknown],
    ['an object whose toString throws', { toString: () => { throw new Error('nope'); } }],
  ])('answers VALIDATION (and does not throw) for a name that is %s', async (_label, name) => {
    const { api } = makeRig(tempDir());
    const result = await api(name, {}).catch((e: unknown) => ({ threw: String(e) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('does not echo a huge unknown name back in full', async () => {
    const { api } = makeRig(tempDir());
    const error = errorOf(await api('x'.repeat(100_000), {}));
    expect(error.code).toBe('VALIDATION');
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('dispatcher: malformed input is refused before anything runs', () => {
  const huge = 'x'.repeat(1_000_000);

  it.each<[string, Record<string, unknown> | unknown, string]>([
    ['an 11-character passphrase', { passphrase: 'elevenchars', confirmPassphrase: 'elevenchars' }, 'passphrase'],
    ['a confirmation that differs', { confirmPassphrase: `${PASS}!` }, 'confirmPassphrase'],
    ['no organisation name', { organisationName: undefined }, 'organisationName'],
    ['a blank organisation name', { organisationName: '   ' }, 'organisationName'],
    ['an organisation name of 301 characters', { organisationName: 'o'.repeat(301) }, 'organisationName'],
    ['a passphrase of a million characters', { passphrase: huge, confirmPassphrase: huge }, 'passphrase'],
    ['a numeric passphrase', { passphrase: 123456789012, confirmPassphrase: 123456789012 }, 'passphrase'],
    ['an extra key (schemas are strict)', { admin: true }, '_'],
  ])('workspace.create with %s: VALIDATION on that field, and no file', async (_label, overrides, field) => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const folder = join(dir, 'workspaces');
    mkdirSync(folder);
    const error = errorOf(await api('workspace.create', createInput(join(folder, 'sub', 'acme.pws'), overrides as Record<string, unknown>)));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names the extra key in the message of a strict-schema refusal', async () => {
    const { api } = makeRig(tempDir());
    const error = errorOf(await api('settings.get', { sneaky: 1 }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?._).toContain('sneaky');
  });

  it.each<[string, unknown, string[]]>([
    ['null', null, ['path', 'organisationName', 'passphrase']],
    ['an array', [PASS], ['_']],
    ['a string', PASS, ['_']],
    ['a path that is a number', { ...createInput('x'), path: 7 }, ['path']],
    ['a path of blanks', createInput('    '), ['path']],
    ['a path of 5,000 characters', createInput(`/${'p'.repeat(5000)}.pws`), ['path']],
  ])('workspace.create with %s: VALIDATION naming %j, and nothing written', async (_label, input, fields) => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const before = readdirSync(dir);
    const error = errorOf(await api('workspace.create', input));
    expect(error.code).toBe('VALIDATION');
    for (const field of fields) expect(error.fields).toHaveProperty([field]);
    expect(readdirSync(dir)).toEqual(before);
  });

  it.each<[string, string, unknown, string]>([
    ['workspace.unlock', 'an empty passphrase', { path: '/tmp/a.pws', passphrase: '' }, 'passphrase'],
    ['workspace.unlock', 'a passphrase of a million characters', { path: '/tmp/a.pws', passphrase: huge }, 'passphrase'],
    ['workspace.unlock', 'a numeric path', { path: 12, passphrase: PASS }, 'path'],
    ['workspace.unlock', 'no passphrase', { path: '/tmp/a.pws' }, 'passphrase'],
    ['workspace.changePassphrase', 'a short new passphrase', { currentPassphrase: PASS, newPassphrase: 'short', confirmPassphrase: 'short' }, 'newPassphrase'],
    ['workspace.changePassphrase', 'a confirmation that differs', { currentPassphrase: PASS, newPassphrase: `${PASS}2`, confirmPassphrase: PASS }, 'confirmPassphrase'],
    ['workspace.forgetRecent', 'no path', {}, 'path'],
    ['workspace.forgetRecent', 'a path in an array', { path: ['/tmp/a.pws'] }, 'path'],
    ['workspace.choosePath', 'an unknown purpose', { purpose: 'delete' }, 'purpose'],
    ['workspace.status', 'an extra key', { verbose: true }, '_'],
    ['session.activity', 'an array', [], '_'],
  ])('%s with %s: VALIDATION on that field', async (name, _label, input, field) => {
    const { api } = makeRig(tempDir());
    const error = errorOf(await api(name, input));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[field]).toEqual(expect.any(String));
  });

  it.each<[string, unknown]>([
    ['idleLockMinutes -1', { idleLockMinutes: -1 }],
    ['idleLockMinutes 5000', { idleLockMinutes: 5000 }],
    ['idleLockMinutes 1.5', { idleLockMinutes: 1.5 }],
    ['idleLockMinutes "10"', { idleLockMinutes: '10' }],
    ['idleLockMinutes null', { idleLockMinutes: null }],
    ['a valid theme beside an invalid idleLockMinutes', { theme: 'dark', idleLockMinutes: -1 }],
  ])('settings.update with %s is refused and leaves the settings as they were', async (_label, input) => {
    const rig = makeRig(tempDir());
    valueOf(await rig.api('settings.update', { idleLockMinutes: 25, theme: 'light' }));
    const before = settingsBytes(rig);
    const error = errorOf(await rig.api('settings.update', input));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.idleLockMinutes).toEqual(expect.any(String));
    expect(settingsBytes(rig)).toBe(before);
    expect(valueOf(await rig.api('settings.get', {}))).toEqual({ idleLockMinutes: 25, theme: 'light' });
  });

  it.each<[string, unknown, string]>([
    ['an unknown theme', { theme: 'neon' }, 'theme'],
    ['an extra key', { theme: 'dark', fontSize: 30 }, '_'],
  ])('settings.update with %s is refused and leaves the settings as they were', async (_label, input, field) => {
    const rig = makeRig(tempDir());
    const before = settingsBytes(rig);
    const error = errorOf(await rig.api('settings.update', input));
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(settingsBytes(rig)).toBe(before);
    expect(valueOf(await rig.api('settings.get', {}))).toEqual(DEFAULT_SETTINGS);
  });
});

describe('dispatcher: unexpected failures', () => {
  const SECRET = 'Tr0ub4dor&3 horse battery';

  function withHandler(name: string, handler: () => unknown) {
    const logError = vi.fn<(name: string, error: unknown) => void>();
    const beforeCall = vi.fn();
    const dispatch = createDispatcher({ [name]: handler } as unknown as Handlers, { logError, beforeCall });
    return { dispatch, logError, beforeCall };
  }

  it('answers INTERNAL with a generic message, and logs the error but never the input', async () => {
    const boom = new TypeError("Cannot read properties of undefined (reading 'prepare') in src-main/db/secret-module.ts");
    const { dispatch, logError } = withHandler('workspace.unlock', () => {
      throw boom;
    });
    const result = await dispatch('workspace.unlock', { path: '/srv/acme.pws', passphrase: SECRET });
    const error = errorOf(result);
    expect(error.code).toBe('INTERNAL');
    expect(error.fields).toBeUndefined();
    const text = JSON.stringify(result);
    expect(text).not.toContain('prepare');
    expect(text).not.toContain('secret-module');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('/srv/acme.pws');
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError).toHaveBeenCalledWith('workspace.unlock', boom);
    const logged = logError.mock.calls.map(([n, e]) => [n, e instanceof Error ? [e.message, e.stack] : e]);
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(JSON.stringify(logged)).not.toContain('/srv/acme.pws');
  });

  it('gives the same generic message whatever was thrown, including non-Error values and rejections', async () => {
    const thrown: (() => unknown)[] = [
      () => {
        throw new Error('disk controller said 0xdeadbeef');
      },
      () => {
        throw 'a bare string';
      },
      () => {
        throw { code: 'SQLITE_MISUSE', detail: 'internal' };
      },
      () => Promise.reject(new RangeError('offset out of range at foo.ts:12:3')),
    ];
    const messages = new Set<string>();
    for (const handler of thrown) {
      const { dispatch, logError } = withHandler('settings.get', handler);
      const result = await dispatch('settings.get', {});
      const error = errorOf(result);
      expect(error.code).toBe('INTERNAL');
      messages.add(error.message);
      expect(JSON.stringify(result)).not.toMatch(/deadbeef|bare string|SQLITE_MISUSE|offset out of range/);
      expect(logError).toHaveBeenCalledTimes(1);
      expect(logError.mock.calls[0]?.[0]).toBe('settings.get');
    }
    expect(messages.size).toBe(1);
  });

  it('passes an AppError through as its code, message and fields, without logging it', async () => {
    const { dispatch, logError } = withHandler('settings.get', () => {
      throw new AppError('DISK_FULL', 'The disk is full.', { x: 'y' });
    });
    expect(await dispatch('settings.get', {})).toEqual({ ok: false, error: { code: 'DISK_FULL', message: 'The disk is full.', fields: { x: 'y' } } });
    expect(logError).not.toHaveBeenCalled();
  });

  it('runs neither beforeCall nor the handler for an invalid input', async () => {
    const handler = vi.fn(() => ({ state: 'locked' }));
    const { dispatch, beforeCall } = withHandler('workspace.unlock', handler);
    expect(errorOf(await dispatch('workspace.unlock', { path: '/a.pws', passphrase: 3 })).code).toBe('VALIDATION');
    expect(errorOf(await dispatch('no.such.call', {})).code).toBe('VALIDATION');
    expect(handler).not.toHaveBeenCalled();
    expect(beforeCall).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed input (trimmed path), after beforeCall', async () => {
    const order: string[] = [];
    const handler = vi.fn((input: unknown) => {
      order.push('handler');
      return input;
    });
    const dispatch = createDispatcher({ 'workspace.forgetRecent': handler } as unknown as Handlers, {
      beforeCall: (name) => order.push(`before:${name}`),
    });
    expect(await dispatch('workspace.forgetRecent', { path: '  /srv/acme.pws  ' })).toEqual({ ok: true, value: { path: '/srv/acme.pws' } });
    expect(order).toEqual(['before:workspace.forgetRecent', 'handler']);
  });
});

describe('dispatcher: the workspace through the real services', () => {
  it('answers LOCKED for calls that need the database while locked', async () => {
    const { api } = makeRig(tempDir());
    expect(valueOf(await api('workspace.status', {}))).toEqual({ state: 'locked' });
    const error = errorOf(
      await api('workspace.changePassphrase', { currentPassphrase: PASS, newPassphrase: `${PASS} 2`, confirmPassphrase: `${PASS} 2` }),
    );
    expect(error.code).toBe('LOCKED');
    expect(valueOf(await api('session.activity', {}))).toEqual({ lockInSeconds: null });
    expect(valueOf(await api('workspace.lock', {}))).toEqual({ state: 'locked' });
  });

  it('creates, locks, refuses a wrong passphrase and unlocks with the right one', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const path = join(dir, 'acme.pws');

    const created = valueOf(await api('workspace.create', createInput(path))) as WorkspaceStatus;
    expect(created).toMatchObject({ state: 'unlocked', path, organisationName: 'Zebracorn Kittiwake Holdings' });
    expect(existsSync(path)).toBe(true);
    expect(valueOf(await api('workspace.status', {}))).toMatchObject({ state: 'unlocked', path, organisationName: 'Zebracorn Kittiwake Holdings' });

    expect(valueOf(await api('workspace.lock', {}))).toEqual({ state: 'locked' });
    expect(valueOf(await api('workspace.status', {}))).toEqual({ state: 'locked' });

    const wrong = errorOf(await api('workspace.unlock', { path, passphrase: 'not the passphrase' }));
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.fields?.passphrase).toEqual(expect.any(String));
    expect(valueOf(await api('workspace.status', {}))).toEqual({ state: 'locked' });

    const unlocked = valueOf(await api('workspace.unlock', { path, passphrase: PASS })) as WorkspaceStatus;
    expect(unlocked).toMatchObject({ state: 'unlocked', path, organisationName: 'Zebracorn Kittiwake Holdings' });
    expect(valueOf(await api('workspace.status', {}))).toEqual(unlocked);
  });

  it('lists the workspace among the recent ones, and forgets it on request', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const path = join(dir, 'recent.pws');
    valueOf(await api('workspace.create', createInput(path, { organisationName: 'Recent Org' })));
    valueOf(await api('workspace.lock', {}));

    const recent = valueOf(await api('workspace.recent', {})) as RecentWorkspace[];
    expect(recent).toEqual([{ path, organisationName: 'Recent Org', lastOpenedAt: expect.any(String), loginName: 'officer', exists: true }]);
    expect(Number.isNaN(Date.parse(recent[0]!.lastOpenedAt))).toBe(false);

    expect(valueOf(await api('workspace.forgetRecent', { path }))).toEqual([]);
    expect(valueOf(await api('workspace.recent', {}))).toEqual([]);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses to create over an existing file, leaving it as it was', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const path = join(dir, 'taken.pws');
    writeFileSync(path, 'not mine');
    const error = errorOf(await api('workspace.create', createInput(path)));
    expect(error.code).toBe('FILE_EXISTS');
    expect(error.fields?.path).toEqual(expect.any(String));
    expect(readFileSync(path, 'utf8')).toBe('not mine');
  });

  it('says FILE_NOT_FOUND, with the path field, for a workspace that is not there', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const error = errorOf(await api('workspace.unlock', { path: join(dir, 'missing.pws'), passphrase: PASS }));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.fields?.path).toEqual(expect.any(String));
  });

  // Found while writing these tests: a folder typed as the workspace path (the browser mode has no
  // file dialog) reaches the person as INTERNAL "something went wrong inside the app".
  it.each([
    ['unlock a folder', (dir: string) => ['workspace.unlock', { path: dir, passphrase: PASS }] as const],
    [
      'create inside a path whose parent is a file',
      (dir: string) => {
        writeFileSync(join(dir, 'notes.txt'), 'x');
        return ['workspace.create', createInput(join(dir, 'notes.txt', 'acme.pws'))] as const;
      },
    ],
  ])('answers an unusable path (%s) with an error on the path field, not INTERNAL', async (_label, make) => {
    const dir = tempDir();
    const rig = makeRig(dir);
    const [name, input] = make(dir);
    const error = errorOf(await rig.api(name, input));
    expect(error.code).not.toBe('INTERNAL');
    expect(error.fields?.path).toEqual(expect.any(String));
  });

  it('answers UNSUPPORTED for workspace.choosePath without a native dialog, and uses the dialog when there is one', async () => {
    const { api } = makeRig(tempDir());
    const error = errorOf(await api('workspace.choosePath', { purpose: 'open' }));
    expect(error.code).toBe('UNSUPPORTED');

    const asked: string[] = [];
    const withDialog = makeRig(tempDir(), {
      host: {
        host: 'electron',
        choosePath: (purpose) => {
          asked.push(purpose);
          return Promise.resolve(purpose === 'create' ? '/chosen/new.pws' : null);
        },
      },
    });
    expect(valueOf(await withDialog.api('workspace.choosePath', { purpose: 'create' }))).toEqual({ path: '/chosen/new.pws' });
    expect(valueOf(await withDialog.api('workspace.choosePath', { purpose: 'open' }))).toEqual({ path: null });
    expect(asked).toEqual(['create', 'open']);
  });

  it('answers app.info from the host environment', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    expect(valueOf(await api('app.info', {}))).toEqual({ host: 'browser', version: '0.0.0-test', defaultFolder: dir, pathSeparator: '/' });
  });
});

describe('dispatcher: the idle lock counts only real use', () => {
  async function unlockedRig(minutes: number) {
    const dir = tempDir();
    const clock = new FakeClock();
    const rig = makeRig(dir, { clock });
    valueOf(await rig.api('workspace.create', createInput(join(dir, 'idle.pws'))));
    valueOf(await rig.api('settings.update', { idleLockMinutes: minutes }));
    return { ...rig, clock };
  }

  it('does not count status polling or refused calls as use', async () => {
    const { api, services, clock } = await unlockedRig(5);
    clock.advance(4 * MINUTE);
    valueOf(await api('workspace.status', {}));
    errorOf(await api('settings.update', { idleLockMinutes: -1 }));
    errorOf(await api('no.such.call', {}));
    clock.advance(1 * MINUTE + SECOND);
    services.session.lockIfIdle();
    expect(valueOf(await api('workspace.status', {}))).toEqual({ state: 'locked' });
  });

  it('counts a valid call as use', async () => {
    const { api, services, clock } = await unlockedRig(5);
    clock.advance(4 * MINUTE);
    expect(valueOf(await api('session.activity', {}))).toEqual({ lockInSeconds: 300 });
    clock.advance(4 * MINUTE);
    services.session.lockIfIdle();
    expect(valueOf(await api('workspace.status', {}))).toMatchObject({ state: 'unlocked' });
  });

  // Found while writing these tests: beforeCall touches the session before anything checks the
  // deadline, so the first call after the idle deadline (e.g. on waking a laptop, before the 5-second
  // timer runs) revives a workspace that should already be locked.
  it('does not let a call after the idle deadline revive the workspace', async () => {
    const { api, clock } = await unlockedRig(5);
    clock.advance(6 * MINUTE);
    expect(valueOf(await api('session.activity', {}))).toEqual({ lockInSeconds: null });
    expect(valueOf(await api('workspace.status', {}))).toEqual({ state: 'locked' });
  });
});

describe('dispatcher: no result carries a stack trace', () => {
  it('for every kind of failure above', async () => {
    const dir = tempDir();
    const { api } = makeRig(dir);
    const failing: [unknown, unknown][] = [
      [42, {}],
      ['nope', {}],
      ['__proto__', {}],
      ['workspace.create', createInput(join(dir, 'a.pws'), { passphrase: 'elevenchars', confirmPassphrase: 'elevenchars' })],
      ['workspace.create', null],
      ['workspace.unlock', { path: 'relative.pws', passphrase: PASS }],
      ['workspace.unlock', { path: join(dir, 'missing.pws'), passphrase: PASS }],
      ['workspace.unlock', { path: dir, passphrase: PASS }],
      ['workspace.changePassphrase', { currentPassphrase: PASS, newPassphrase: `${PASS}!`, confirmPassphrase: `${PASS}!` }],
      ['workspace.choosePath', { purpose: 'create' }],
      ['settings.update', { idleLockMinutes: 1.5 }],
      ['settings.get', 'x'.repeat(10_000)],
    ];
    for (const [name, input] of failing) {
      const result = await api(name, input);
      expect(result.ok, JSON.stringify(name)).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(STACK_TRACE);
    }
  });
});

describe('dispatcher: property over every call and arbitrary JSON input', () => {
  const sharedDir = useSharedTempDir();
  let rig: Rig;
  let path: string;

  beforeAll(async () => {
    rig = makeRig(sharedDir());
    path = join(sharedDir(), 'property.pws');
    valueOf(await rig.api('workspace.create', createInput(path)));
  });

  afterAll(() => rig.services.session.dispose());

  /** For each call, objects with exactly its own fields (any subset) holding near-miss values, so field-level checks are reached. */
  function shapedInput(name: CallName, missing: string): fc.Arbitrary<unknown> {
    const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const anyValue = fc.oneof(fc.string(), fc.jsonValue());
    const byField: Record<string, fc.Arbitrary<unknown>> = {
      // Never the shared workspace's own path: a wrong passphrase there would run scrypt on every run.
      path: fc.oneof(fc.string(), fc.constant('relative/acme.pws'), fc.constant(missing), fc.jsonValue()),
      purpose: fc.oneof(fc.constantFrom('create', 'open', 'delete'), fc.jsonValue()),
      idleLockMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double(), fc.jsonValue()),
      theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'neon'), fc.jsonValue()),
      // Record ids that may or may not exist, so the inventory calls get past the contract (NOT_FOUND, CONFLICT, ok).
      id: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.jsonValue()),
    };
    const fields = Object.fromEntries(Object.keys(shape).map((key) => [key, byField[key] ?? anyValue]));
    return fc.record(fields, { requiredKeys: [] });
  }

  it('never throws, always answers a known code, and a VALIDATION answer changes neither the workspace nor the settings', async () => {
    const codes = new Set<string>();
    let oks = 0;
    const missing = join(sharedDir(), 'missing', 'acme.pws');
    const callArb = fc.oneof(
      {
        weight: 9,
        arbitrary: fc
          .constantFrom(...callNames)
          .chain((name) => fc.tuple(fc.constant<unknown>(name), fc.oneof(fc.jsonValue(), shapedInput(name, missing)))),
      },
      { weight: 1, arbitrary: fc.tuple(fc.string() as fc.Arbitrary<unknown>, fc.jsonValue() as fc.Arbitrary<unknown>) },
    );
    await fc.assert(
      fc.asyncProperty(callArb, async ([name, input]) => {
        // The property must not run scrypt over and over: if a generated call locked the workspace, unlock it once again.
        if (rig.services.session.status().state === 'locked') valueOf(await rig.api('workspace.unlock', { path, passphrase: PASS }));
        const fileBefore = hashOf(rawBytes(path));
        const settingsBefore = settingsBytes(rig);

        const result: Result<unknown> = await rig.api(name, input);

        expect(typeof result.ok).toBe('boolean');
        if (result.ok) oks++;
        else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.message).toEqual(expect.any(String));
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(JSON.stringify(result)).not.toMatch(STACK_TRACE);
          codes.add(result.error.code);
          if (result.error.code === 'VALIDATION') {
            expect(hashOf(rawBytes(path))).toBe(fileBefore);
            expect(settingsBytes(rig)).toBe(settingsBefore);
          }
        }
      }),
      // A fixed seed: 200 random calls now and then were all refused by validation, and the run
      // failed the reach checks below by chance. The same 200 calls each run; change the seed to explore.
      { numRuns: 200, seed: 20261129 },
    );
    // The generator reached the validation path, so the byte checks above did run.
    expect(codes.has('VALIDATION')).toBe(true);
    expect(oks).toBeGreaterThan(0);
    expect(codes.size).toBeGreaterThan(1);
  });
});
