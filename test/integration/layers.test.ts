import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import-layer rule of eslint.config.js, run through ESLint's own API on
 * small snippets placed (virtually) in each layer's folder.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The no-restricted-imports messages for a file at `filePath` (relative to the repository root) importing `source`. */
async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const code = `import * as imported from '${source}';\n\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  if (!result) throw new Error('ESLint returned no result');
  // A fatal message (a parse error, an ignored file) would hide the rule: fail loudly instead.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layers (eslint no-restricted-imports)', () => {
  it.each<[string, string, string]>([
    // The renderer reaches the main process only through the contract.
    ['src-renderer/features/workspace/Unlock.tsx', 'node:fs', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', 'fs', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', 'electron', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', 'electron-store', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', 'better-sqlite3-multiple-ciphers', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', 'pdfkit', 'typed API'],
    ['src-renderer/features/workspace/Unlock.tsx', '../../src-main/db/sqlite', 'typed API'],
    ['src-renderer/app/App.tsx', '../../src-main/services/settings-store', 'typed API'],
    ['src-renderer/app/App.tsx', '../../src-main/transport/api', 'typed API'],
    // The contract and the domain are pure.
    ['src-main/contract/records.ts', 'node:path', 'runs anywhere'],
    ['src-main/contract/records.ts', '../db/sqlite', 'runs anywhere'],
    ['src-main/domain/x.ts', 'node:fs', 'Domain code is pure'],
    ['src-main/domain/x.ts', 'fs', 'Domain code is pure'],
    ['src-main/domain/x.ts', '../db/sqlite', 'Domain code is pure'],
    ['src-main/domain/x.ts', '../services/workspace-session', 'Domain code is pure'],
    ['src-main/domain/x.ts', 'electron', 'Domain code is pure'],
    ['src-main/domain/notice/x.ts', '../../reports/render', 'Domain code is pure'],
    ['src-main/contract/x.ts', '../reports/render', 'runs anywhere'],
    // The database knows nothing of Electron or the layers above it.
    ['src-main/db/x.ts', 'electron', 'database layer'],
    ['src-main/db/x.ts', '../services/settings-store', 'database layer'],
    // Services run in plain Node.
    ['src-main/services/x.ts', 'electron', 'plain Node'],
    ['src-main/services/x.ts', 'better-sqlite3-multiple-ciphers', 'plain Node'],
    ['src-main/services/x.ts', '../transport/api', 'plain Node'],
    ['src-main/services/x.ts', '../shell/main', 'plain Node'],
    ['src-main/services/x.ts', 'pdfkit', 'PDF only through reports/'],
    // The PDF kit is given a document; it reads nothing itself.
    ['src-main/reports/x.ts', '../db/sqlite', 'The PDF kit lays out a document'],
    ['src-main/reports/x.ts', '../services/reports/gather', 'The PDF kit lays out a document'],
    // Transports carry the contract, nothing more.
    ['src-main/transport/x.ts', '../db/sqlite', 'Transports carry the contract'],
    ['src-main/transport/x.ts', 'electron', 'Transports carry the contract'],
    ['src-main/transport/x.ts', '../shell/security', 'Transports carry the contract'],
    // The shell wires, but the database stays behind the services.
    ['src-main/shell/x.ts', '../db/sqlite', 'database stays behind the services'],
    ['src-main/shell/x.ts', 'better-sqlite3-multiple-ciphers', 'database stays behind the services'],
    // Spreadsheet formats are read and written in one place.
    ['src-main/services/inventory/x.ts', 'papaparse', 'spreadsheets only through services/spreadsheet'],
    ['src-main/domain/spreadsheet/x.ts', 'read-excel-file/node', 'Domain code is pure'],
    ['src-renderer/features/inventory/x.ts', 'write-excel-file/node', 'typed API'],
  ])('%s may not import %j', async (filePath, source, why) => {
    const messages = await restrictedImports(filePath, source);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toContain(why);
  });

  it.each<[string, string]>([
    ['src-renderer/features/workspace/Unlock.tsx', '../../src-main/contract'],
    ['src-renderer/features/workspace/Unlock.tsx', '../../src-main/contract/workspace'],
    ['src-renderer/features/workspace/Unlock.tsx', 'zod'],
    ['src-renderer/features/workspace/Unlock.tsx', '@mantine/core'],
    ['src-renderer/features/workspace/Unlock.tsx', './UnlockForm'],
    ['src-main/contract/x.ts', 'zod'],
    // A sibling file named like a layer is not that layer.
    ['src-main/contract/index.ts', './reports'],
    ['src-main/domain/x.ts', '../contract/errors'],
    ['src-main/db/x.ts', 'better-sqlite3-multiple-ciphers'],
    ['src-main/db/x.ts', 'node:fs'],
    ['src-main/services/x.ts', 'node:fs'],
    ['src-main/services/x.ts', '../db/workspace-file'],
    ['src-main/services/x.ts', '../domain/x'],
    ['src-main/transport/x.ts', '../services/app-services'],
    ['src-main/transport/x.ts', 'node:http'],
    ['src-main/shell/x.ts', 'electron'],
    ['src-main/shell/x.ts', 'electron-store'],
    ['src-main/shell/x.ts', '../transport/ipc'],
    ['src-main/shell/x.ts', '../services/app-services'],
    ['src-main/services/spreadsheet/x.ts', 'papaparse'],
    ['src-main/services/spreadsheet/x.ts', 'read-excel-file/node'],
    ['src-main/services/spreadsheet/x.ts', '../inventory'],
  ])('%s may import %j', async (filePath, source) => {
    expect(await restrictedImports(filePath, source)).toEqual([]);
  });

  // Found while writing these tests: `paths` in no-restricted-imports match names exactly, so the
  // globs 'node:*' and 'fs/*' in NODE_BUILTINS match nothing, built-ins outside the short list pass,
  // and sub-path imports of a forbidden package (electron/renderer, the driver's lib/) pass too.
  it.each<[string, string]>([
    ['src-main/domain/x.ts', 'fs/promises'],
    ['src-renderer/app/App.tsx', 'https'],
    ['src-renderer/app/App.tsx', 'electron/renderer'],
    ['src-main/services/x.ts', 'electron/main'],
    ['src-main/transport/x.ts', 'better-sqlite3-multiple-ciphers/lib/database'],
  ])('%s may not import %j either', async (filePath, source) => {
    expect((await restrictedImports(filePath, source)).length).toBeGreaterThan(0);
  });
});
