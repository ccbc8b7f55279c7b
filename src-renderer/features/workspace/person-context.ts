import { createContext, useContext } from 'react';
import { can, contract, ROLE_IDS, type CallName, type Role } from '../../app/api';

/** Who unlocked, with their role: the screens show only what the role may do (the main process enforces it anyway). */
export const PersonContext = createContext<{ name: string; role: Role } | null>(null);

export function usePerson(): { name: string; role: Role } | null {
  return useContext(PersonContext);
}

/**
 * Whether the current person may make this call: reads the permission the contract itself
 * declares for it (`needs`), the same one the main process checks, so a screen never offers
 * what the service would refuse.
 */
export function useCan(name: CallName): boolean {
  const person = usePerson();
  return person !== null && can(person.role, contract[name].needs);
}

const PLURALS: Readonly<Record<Role, string>> = { privacy_officer: 'privacy officers', staff: 'staff', manager: 'managers' };

/** The line shown where a role sees a part read-only: which roles can make this call, from the contract's own permission. */
export function whoCan(name: CallName): string {
  const roles = ROLE_IDS.filter((role) => can(role, contract[name].needs)).map((role) => PLURALS[role]);
  const listed = roles.length > 1 ? `${roles.slice(0, -1).join(', ')} and ${roles.at(-1) ?? ''}` : (roles[0] ?? 'no one');
  return `Only ${listed} can change this.`;
}
