import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { createSlot, type KeySlot, openSealedKey, rewrapSlot, sealWorkspaceKey, unwrapPrivateKey } from './key-slots';

const PASS = 'correct horse battery staple';

async function errorOf(work: () => Promise<unknown>): Promise<AppError> {
  const error = await work().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const open = async (slot: KeySlot, passphrase = PASS) => openSealedKey(slot, await unwrapPrivateKey(slot, passphrase));

/** The same base64 field with one bit of one byte flipped. */
function flip(base64: string, at: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[at % bytes.length]! ^= 0x01;
  return bytes.toString('base64');
}

describe('key slots', () => {
  const key = randomBytes(32);
  let slot: KeySlot;

  it('round-trips: the passphrase opens the private key, which opens the workspace key', async () => {
    slot = await createSlot('Olivia', PASS, key);
    expect(await open(slot)).toEqual(key);
    expect(JSON.stringify(slot)).not.toContain(key.toString('base64'));
    expect(JSON.stringify(slot)).not.toContain(key.toString('hex'));
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE, naming the person', async () => {
    const error = await errorOf(() => open(slot, 'not the passphrase at all'));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/does not open this workspace for Olivia/);
    expect(error.fields).toEqual({ passphrase: 'Wrong passphrase.' });
  });

  it('reseals to the public key alone (no passphrase): a rotation', async () => {
    const next = randomBytes(32);
    const resealed = { ...slot, sealedKey: sealWorkspaceKey(slot.publicKey, next) };
    expect(await open(resealed)).toEqual(next);
  });

  it('rewraps under a new passphrase; the old one then fails and the key is the same', async () => {
    const rewrapped = await rewrapSlot(slot, PASS, 'a brand new passphrase');
    expect(rewrapped.publicKey).toBe(slot.publicKey);
    expect(rewrapped.sealedKey).toEqual(slot.sealedKey);
    expect(await open(rewrapped, 'a brand new passphrase')).toEqual(key);
    expect((await errorOf(() => open(rewrapped))).code).toBe('WRONG_PASSPHRASE');
  });

  // Every byte of the wrapped private key and its context is authenticated: a change reads as a wrong passphrase (they cannot be told apart).
  const wrapTampers: [string, (s: KeySlot, at: number) => KeySlot][] = [
    ['the salt', (s, at) => ({ ...s, kdf: { ...s.kdf, salt: flip(s.kdf.salt, at) } })],
    ['the wrapped key', (s, at) => ({ ...s, wrappedPrivateKey: { ...s.wrappedPrivateKey, data: flip(s.wrappedPrivateKey.data, at) } })],
    ['the wrap nonce', (s, at) => ({ ...s, wrappedPrivateKey: { ...s.wrappedPrivateKey, iv: flip(s.wrappedPrivateKey.iv, at) } })],
    ['the wrap tag', (s, at) => ({ ...s, wrappedPrivateKey: { ...s.wrappedPrivateKey, tag: flip(s.wrappedPrivateKey.tag, at) } })],
    ['the public key', (s, at) => ({ ...s, publicKey: flip(s.publicKey, at) })],
    ['the name', (s) => ({ ...s, name: 'Mallory' })],
  ];
  it.each(wrapTampers)('detects a change to %s: WRONG_PASSPHRASE, nothing opened', async (_, tamper) => {
    for (const at of [0, 7, 31]) {
      const error = await errorOf(() => open(tamper(slot, at)));
      expect(error.code).toBe('WRONG_PASSPHRASE');
      expect(error.message).toMatch(/key file may have been altered/);
    }
  });

  // The sealed workspace key is checked once the passphrase was right: a change there is damage.
  const sealTampers: [string, (s: KeySlot, at: number) => KeySlot][] = [
    ['the sealed key', (s, at) => ({ ...s, sealedKey: { ...s.sealedKey, data: flip(s.sealedKey.data, at) } })],
    ['the seal nonce', (s, at) => ({ ...s, sealedKey: { ...s.sealedKey, iv: flip(s.sealedKey.iv, at) } })],
    ['the seal tag', (s, at) => ({ ...s, sealedKey: { ...s.sealedKey, tag: flip(s.sealedKey.tag, at) } })],
    ['the ephemeral public key', (s, at) => ({ ...s, sealedKey: { ...s.sealedKey, ephemeralPublicKey: flip(s.sealedKey.ephemeralPublicKey, at) } })],
  ];
  it.each(sealTampers)('detects a change to %s: CORRUPT, with what to do', async (_, tamper) => {
    const privateKey = await unwrapPrivateKey(slot, PASS);
    for (const at of [0, 5, 40]) {
      let error: unknown;
      try {
        openSealedKey(tamper(slot, at), privateKey);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('CORRUPT');
      expect((error as AppError).message).toMatch(/entry for Olivia is damaged .*Ask the privacy officer/);
    }
  });

  it("refuses another person's sealed key in one's own slot", async () => {
    const other = await createSlot('Mia', PASS, randomBytes(32));
    const privateKey = await unwrapPrivateKey(slot, PASS);
    expect(() => openSealedKey({ ...slot, sealedKey: other.sealedKey }, privateKey)).toThrow(expect.objectContaining({ code: 'CORRUPT' }) as Error);
  });
});
