import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../src-main/contract';
import { META_CONTENT_SECURITY_POLICY } from '../../src-main/transport/csp';

const out = resolve(import.meta.dirname, '../../out');
const built = existsSync(join(out, 'renderer', 'index.html'));

/** What electron-vite produced is what Electron would load: check the bundles, not only their sources. */
describe.runIf(built)('build output', () => {
  it('bundles the preload as one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(join(out, 'preload', 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("privacyApi"');
  });

  it('exposes every call of the contract and nothing else', () => {
    const preload = readFileSync(join(out, 'preload', 'preload.cjs'), 'utf8');
    const written = preload.match(/\[\s*("[^"]+"\s*,?\s*)+\]/)?.[0];
    expect(written && (JSON.parse(written) as string[])).toEqual(callNames);
  });

  it('writes the shared content security policy into the window’s page', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('ships a renderer that loads nothing from the network and nothing of Node', () => {
    const assets = join(out, 'renderer', 'assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code).not.toMatch(/require\(["'](fs|node:|electron|better-sqlite3)/);
      expect(code).not.toMatch(/\bfetch\(\s*["']https?:/);
    }
  });
});
