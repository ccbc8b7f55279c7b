/**
 * The child of disk-full.test.ts: `node --import tsx fill-writer.ts <folder>`, run where writing runs out of room
 * (a small tmpfs, or a file size limit). Through the dispatcher it creates a workspace in the folder, saves
 * activities until a save is refused, tries one more save and a large import, locks, tries to unlock while the
 * disk is still full, frees some space as the refusal asks (a spare file made first), unlocks and reads back.
 * Prints one JSON line of what it saw; the parent judges it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../src-main/contract';
import { createServices } from '../../../src-main/services/app-services';
import { MemoryBacking } from '../../../src-main/services/settings-store';
import { createApi } from '../../../src-main/transport/api';
import { databaseFingerprint } from '../../helpers/db-fingerprint';
import { PASS } from '../../helpers/inventory-rig';
import { typedApi } from '../../helpers/typed-api';

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('usage: fill-writer.ts <folder>');
// A write beyond a file size limit must fail with EFBIG, not end the process.
process.on('SIGXFSZ', () => {});

const services = createServices({ host: { host: 'browser', version: '0.0.0-test', defaultFolder: folder, pathSeparator: '/' }, settings: new MemoryBacking() });
const internal: string[] = [];
const api = typedApi(createApi(services, (name, error) => internal.push(`${name}: ${String(error)}`)));
const path = join(folder, 'full.pws');
const outcome = (result: Result<unknown>) => (result.ok ? { code: 'ok' } : result.error);
const filler = (n: number) => ({ name: `Filler ${n}`, description: `${n} `.repeat(4000).slice(0, 8000), purposes: [{ purpose: 'Fill' }] });

const spare = join(folder, 'spare');
writeFileSync(spare, Buffer.alloc(256 * 1024));
const created = await api('workspace.create', { path, passphrase: PASS, confirmPassphrase: PASS, organisationName: 'Full Disk Ltd' });
if (!created.ok) throw new Error(`could not create the workspace: ${created.error.message}`);
const exported = await api('inventory.exportJson', {});
if (!exported.ok) throw new Error(`could not export: ${exported.error.message}`);
const document = JSON.parse(exported.value.content) as Record<string, unknown>;
const saved: number[] = [];
let refused: Result<unknown> | undefined;
for (let n = 0; n < 10_000 && !refused; n++) {
  const result = await api('inventory.activities.save', filler(n));
  if (result.ok) saved.push(result.value.id);
  else refused = result;
}
const afterRefusal = databaseFingerprint(services.session.db());
// All or nothing: a document far larger than the room left.
const bigImport = await api('inventory.importJson', {
  content: JSON.stringify({ ...document, activities: Array.from({ length: 400 }, (_, n) => ({ ...filler(n), ref: `import-${n}` })) }),
});
const importWroteNothing = databaseFingerprint(services.session.db()) === afterRefusal;
await api('workspace.lock', {});
// Opening logs the unlock, which needs a few pages: refused while full, or done, never a record lost.
const whileFull = await api('workspace.unlock', { path, passphrase: PASS });
if (whileFull.ok) await api('workspace.lock', {});
rmSync(spare);
const reopened = await api('workspace.unlock', { path, passphrase: PASS });
const listed = await api('inventory.activities.list', { limit: 5000 });
const present = listed.ok ? listed.value.rows.map((r) => r.id) : [];
const integrity = reopened.ok ? (services.session.db().pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check) : [];
services.session.dispose();
process.stdout.write(
  `${JSON.stringify({
    saved,
    refused: refused && outcome(refused),
    bigImport: outcome(bigImport),
    importWroteNothing,
    whileFull: outcome(whileFull),
    reopened: outcome(reopened),
    present,
    integrity,
    internal,
  })}\n`,
);
