import { z } from 'zod';
import { ROLE_IDS, type Role } from '../domain/people/roles';
import { call } from './define';
import { loginName, newPassphrase } from './workspace';

export interface PersonSummary {
  name: string;
  role: Role;
}

const role = z.enum(ROLE_IDS);

export const peopleCalls = {
  'people.list': call(z.object({}).strict(), { needs: 'admin' }).returns<PersonSummary[]>(),
  /**
   * The new person types their own passphrase on this machine, while the officer's session is open:
   * no one else ever knows it, and no first-login change is needed.
   */
  'people.add': call(
    z
      .object({ name: loginName, role, passphrase: newPassphrase, confirmPassphrase: z.string() })
      .strict()
      .refine((v) => v.passphrase === v.confirmPassphrase, { message: 'The two passphrases differ.', path: ['confirmPassphrase'] }),
    { needs: 'admin' },
  ).returns<PersonSummary[]>(),
  /** Rotates the workspace key: the removed person's copy of the key file no longer opens the workspace. */
  'people.remove': call(z.object({ name: loginName }).strict(), { needs: 'admin' }).returns<PersonSummary[]>(),
  'people.changeRole': call(z.object({ name: loginName, role }).strict(), { needs: 'admin' }).returns<PersonSummary[]>(),
} as const;
