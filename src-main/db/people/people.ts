import type { Role } from '../../domain/people/roles';
import type { Db } from '../sqlite';

export interface PersonRow {
  name: string;
  role: Role;
  publicKey: string;
}

const COLUMNS = 'name, role, public_key AS publicKey';

export function listPeople(db: Db): PersonRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM person ORDER BY name`).all() as PersonRow[];
}

/** Names compare without regard to case (the column's collation). */
export function findPerson(db: Db, name: string): PersonRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM person WHERE name = ?`).get(name) as PersonRow | undefined;
}

export function insertPerson(db: Db, person: PersonRow, at: string): void {
  db.prepare('INSERT INTO person (name, role, public_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(person.name, person.role, person.publicKey, at, at);
}

export function updateRole(db: Db, name: string, role: Role, at: string): void {
  db.prepare('UPDATE person SET role = ?, updated_at = ? WHERE name = ?').run(role, at, name);
}

export function deletePerson(db: Db, name: string): void {
  db.prepare('DELETE FROM person WHERE name = ?').run(name);
}

export function countOfficers(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM person WHERE role = 'privacy_officer'").get() as { n: number }).n;
}
