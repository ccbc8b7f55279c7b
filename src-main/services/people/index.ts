import type { ParsedInput } from '../../contract';
import { AppError } from '../../contract/errors';
import type { PersonSummary } from '../../contract/people';
import { createSlot, sameName } from '../../db/key-slots';
import { keySlotsPath, readSlotsFile, writeSlotsFile } from '../../db/key-slots-file';
import { countOfficers, deletePerson, insertPerson, listPeople, updateRole } from '../../db/people/people';
import { rotateWorkspaceKey } from '../../db/workspace-file';
import { InventoryStore } from '../inventory/context';
import type { Clock, WorkspaceSession } from '../workspace-session';

export interface PeopleService {
  list(): PersonSummary[];
  add(input: ParsedInput<'people.add'>): Promise<PersonSummary[]>;
  remove(input: ParsedInput<'people.remove'>): PersonSummary[];
  changeRole(input: ParsedInput<'people.changeRole'>): PersonSummary[];
}

const onlyOfficer = (name: string) =>
  new AppError('CONFLICT', `${name} is the only privacy officer. Make someone else privacy officer first; nothing was changed.`);

/**
 * The people of the open workspace. The roles are rows inside the encrypted file; the key slots are
 * in the key file beside it. Adding someone seals the current key to their new key pair; removing
 * someone rotates the key and reseals it to everyone else's public key, so no one's passphrase is needed.
 */
export function createPeopleService(session: WorkspaceSession, clock: Clock): PeopleService {
  const store = new InventoryStore(session, clock);
  const list = () => store.read((db) => listPeople(db).map(({ name, role }) => ({ name, role })));
  const slotsOf = (path: string) => readSlotsFile(keySlotsPath(path)) ?? [];
  // Names compare as the key file compares them (any letter case, not only ASCII as the column's collation).
  const personNamed = (name: string) => store.read(listPeople).find((p) => sameName(p.name, name));

  return {
    list,
    add: async ({ name, role, passphrase }) => {
      const ws = session.workspace();
      if (personNamed(name)) {
        throw new AppError('CONFLICT', `Someone called ${name} is already one of this workspace's people. Choose another login name.`, { name: 'This name is taken.' });
      }
      const slot = await createSlot(name, passphrase, ws.key);
      if (session.workspace() !== ws) throw new AppError('CONFLICT', 'The workspace changed meanwhile (it was locked or re-keyed); nothing was added. Try again.');
      store.write((db, now) => {
        insertPerson(db, { name, role, publicKey: slot.publicKey }, now);
        // In the row's transaction: if the key file cannot be written, the person is not added. A slot left by a crash under this name is replaced.
        writeSlotsFile(keySlotsPath(ws.path), [...slotsOf(ws.path).filter((s) => !sameName(s.name, name)), slot]);
      });
      return list();
    },
    remove: ({ name }) => {
      const ws = session.workspace();
      const person = personNamed(name);
      const slots = slotsOf(ws.path);
      if (!person && !slots.some((s) => sameName(s.name, name))) {
        throw new AppError('NOT_FOUND', `No one called ${name} is one of this workspace's people.`);
      }
      if (person?.role === 'privacy_officer' && store.read(countOfficers) === 1) throw onlyOfficer(person.name);
      // The key first: once it has changed, the removed person's slot (and any copy of the old key file) opens nothing.
      try {
        session.update({ workspace: rotateWorkspaceKey(ws, slots.filter((s) => !sameName(s.name, name))) });
      } catch (error) {
        // The file may have its new key already: lock, and the next unlock finds whichever key file opens it.
        session.lock('manual');
        throw error;
      }
      if (person) store.write((db) => deletePerson(db, person.name));
      const people = list();
      if (sameName(session.currentPerson().name, name)) session.lock('manual');
      return people;
    },
    changeRole: ({ name, role }) => {
      const person = personNamed(name);
      if (!person) throw new AppError('NOT_FOUND', `No one called ${name} is one of this workspace's people.`);
      if (person.role === 'privacy_officer' && role !== 'privacy_officer' && store.read(countOfficers) === 1) throw onlyOfficer(person.name);
      store.write((db, now) => updateRole(db, person.name, role, now));
      const me = session.currentPerson();
      if (sameName(me.name, name)) session.update({ person: { name: me.name, role } });
      return list();
    },
  };
}
