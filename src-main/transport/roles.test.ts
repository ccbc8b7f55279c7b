import { describe, expect, it } from 'vitest';
import { type CallName, callNames, contract } from '../contract';
import { can, PERMISSIONS, type Role, ROLE_IDS } from '../domain/people/roles';
import { createDispatcher } from './dispatch';
import type { Handlers } from './handlers';

/** The calls that need no role: the app and the session themselves. Adding one here is a decision, not an accident. */
const SESSION_CALLS = [
  'app.info',
  'workspace.status',
  'workspace.create',
  'workspace.unlock',
  'workspace.lock',
  'workspace.changePassphrase',
  'workspace.recent',
  'workspace.forgetRecent',
  'workspace.choosePath',
  'session.activity',
  'settings.get',
  'settings.update',
];

/** How a call that only reads is named: its last word. `audit.verify` recomputes the chain and writes nothing. */
const READ_VERBS = /\.(get|list|search|usage|completeness|dataMap|dashboard|metrics|reminders|regimes|calendars|proposeRegimes)$|^audit\.verify$/;

const rank = (permission: string) => PERMISSIONS.indexOf(permission as (typeof PERMISSIONS)[number]);

describe('role annotations of the contract', () => {
  it('gives every call a known permission', () => {
    for (const name of callNames) expect(PERMISSIONS, name).toContain(contract[name].needs);
  });

  it('needs no role only for the app and session calls', () => {
    expect(callNames.filter((name) => contract[name].needs === 'none').sort()).toEqual([...SESSION_CALLS].sort());
  });

  it('asks more than reading for every call that is not named as a read', () => {
    const misfiled = callNames.filter((name) => !SESSION_CALLS.includes(name) && !READ_VERBS.test(name) && rank(contract[name].needs) <= rank('read'));
    expect(misfiled).toEqual([]);
  });

  it('lets the officer do everything and managers change nothing', () => {
    for (const name of callNames) {
      expect(can('privacy_officer', contract[name].needs), name).toBe(true);
      if (!SESSION_CALLS.includes(name) && !READ_VERBS.test(name)) {
        expect(can('manager', contract[name].needs) ? contract[name].needs : 'refused', name).toMatch(/^(report|refused)$/);
      }
    }
  });
});

describe('the dispatcher enforces each call’s permission', () => {
  const ran: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_, name: string) => () => {
      ran.push(name);
      return null;
    },
  });

  it.each(ROLE_IDS)('for a %s: every call the role may not make is refused before validation, and its handler never runs', async (role: Role) => {
    const dispatch = createDispatcher(handlers, { role: () => role });
    for (const name of callNames) {
      ran.length = 0;
      // A malformed input: a refused call answers FORBIDDEN, an allowed one goes on to validation.
      const result = await dispatch(name, { notAField: true });
      if (can(role, contract[name].needs)) {
        expect(result.ok ? 'ok' : result.error.code, name).not.toBe('FORBIDDEN');
      } else {
        expect(result, name).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/; ask the privacy officer\.$/) as string } });
        expect(ran, name).toEqual([]);
      }
    }
  });

  it('checks no role while locked (the services answer LOCKED)', async () => {
    const dispatch = createDispatcher(handlers, { role: () => null });
    const name: CallName = 'people.list';
    expect(await dispatch(name, {})).toEqual({ ok: true, value: null });
  });
});
