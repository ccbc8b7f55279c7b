import { createContext, useContext } from 'react';
import { can, type Permission, type Role } from '../../app/api';

/** Who unlocked, with their role: the screens show only what the role may do (the main process enforces it anyway). */
export const PersonContext = createContext<{ name: string; role: Role } | null>(null);

export function usePerson(): { name: string; role: Role } | null {
  return useContext(PersonContext);
}

export function useCan(permission: Permission): boolean {
  const person = usePerson();
  return person !== null && can(person.role, permission);
}
