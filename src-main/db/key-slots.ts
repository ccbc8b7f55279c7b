import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { AppError } from '../contract/errors';
import { CURRENT_KDF, deriveKey, KDF_PROFILES, KEY_BYTES, SALT_BYTES } from './key-derivation';

/**
 * Key slots: how each person's passphrase opens the workspace key.
 *
 * Each person has an X25519 key pair. The private key is wrapped with AES-256-GCM under
 * scrypt(passphrase, the slot's own salt); the workspace key is sealed to the public key
 * (ephemeral X25519, HKDF-SHA256, AES-256-GCM). So adding a person or rotating the key needs
 * only the public keys (no one's passphrase), and changing a passphrase rewraps one private key.
 * The authenticated data binds each box to its slot: a byte changed anywhere fails the GCM check.
 */
export interface Sealed {
  iv: string;
  data: string;
  tag: string;
}

export interface KeySlot {
  /** The login name, as the person typed it when added. */
  name: string;
  /** X25519, SPKI DER, base64. */
  publicKey: string;
  kdf: { profile: string; salt: string };
  /** The PKCS#8 DER private key, sealed under the passphrase's scrypt key. */
  wrappedPrivateKey: Sealed;
  /** The workspace key sealed to `publicKey`: an ephemeral public key (SPKI DER, base64) and the box. */
  sealedKey: Sealed & { ephemeralPublicKey: string };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');
const VERSION = 'pws-key-slot-v1';

/** Login names compare without regard to case or Unicode form: "Ana" and "ana" are one person. */
export const sameName = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: b64(iv), data: b64(data), tag: b64(cipher.getAuthTag()) };
}

/** null when the box does not open: the wrong key, or any byte of it (or of its context) changed. */
function open(key: Buffer, box: Sealed, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, unb64(box.iv));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(unb64(box.tag));
    return Buffer.concat([decipher.update(unb64(box.data)), decipher.final()]);
  } catch {
    return null;
  }
}

const wrapAad = (slot: Pick<KeySlot, 'name' | 'publicKey' | 'kdf'>) => `${VERSION}|wrap|${slot.name}|${slot.publicKey}|${slot.kdf.profile}|${slot.kdf.salt}`;
const sealAad = (publicKey: string, ephemeral: string) => `${VERSION}|seal|${publicKey}|${ephemeral}`;

function sealingKey(privateKey: KeyObject, publicKey: KeyObject, recipient: string, ephemeral: string): Buffer {
  const shared = diffieHellman({ privateKey, publicKey });
  return Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), sealAad(recipient, ephemeral), KEY_BYTES));
}

const spki = (key: KeyObject) => b64(key.export({ type: 'spki', format: 'der' }));

/** Seals the workspace key to a person's public key; no passphrase needed. */
export function sealWorkspaceKey(publicKey: string, workspaceKey: Buffer): KeySlot['sealedKey'] {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublicKey = spki(ephemeral.publicKey);
  const recipient = createPublicKey({ key: unb64(publicKey), format: 'der', type: 'spki' });
  const box = seal(sealingKey(ephemeral.privateKey, recipient, publicKey, ephemeralPublicKey), workspaceKey, sealAad(publicKey, ephemeralPublicKey));
  return { ...box, ephemeralPublicKey };
}

async function wrapPrivateKey(name: string, publicKey: string, privateKey: KeyObject, passphrase: string): Promise<Pick<KeySlot, 'kdf' | 'wrappedPrivateKey'>> {
  const salt = randomBytes(SALT_BYTES);
  const kdf = { profile: CURRENT_KDF.id, salt: b64(salt) };
  const wrappingKey = await deriveKey(passphrase, salt, CURRENT_KDF);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  return { kdf, wrappedPrivateKey: seal(wrappingKey, der, wrapAad({ name, publicKey, kdf })) };
}

/** A new person's slot: a fresh key pair, wrapped under their passphrase, with the workspace key sealed to it. */
export async function createSlot(name: string, passphrase: string, workspaceKey: Buffer): Promise<KeySlot> {
  const pair = generateKeyPairSync('x25519');
  const publicKey = spki(pair.publicKey);
  return { name, publicKey, ...(await wrapPrivateKey(name, publicKey, pair.privateKey, passphrase)), sealedKey: sealWorkspaceKey(publicKey, workspaceKey) };
}

const wrongPassphrase = (name: string) =>
  new AppError(
    'WRONG_PASSPHRASE',
    `That passphrase does not open this workspace for ${name}. Check it (and the keyboard layout) and try again. Nothing was changed. If you are sure it is right, the workspace's key file may have been altered: ask the privacy officer, or restore the key file from a backup.`,
    { passphrase: 'Wrong passphrase.' },
  );

const damaged = (name: string, what: string) =>
  new AppError(
    'CORRUPT',
    `The key file's entry for ${name} is damaged (${what}), so it cannot open the workspace. Nothing was changed. Ask the privacy officer to remove and add ${name} again, or restore the key file from a backup.`,
  );

/** The person's private key, from their passphrase: one scrypt. */
export async function unwrapPrivateKey(slot: KeySlot, passphrase: string): Promise<KeyObject> {
  const profile = KDF_PROFILES.find((p) => p.id === slot.kdf.profile);
  if (!profile) throw damaged(slot.name, 'unknown key derivation');
  const wrappingKey = await deriveKey(passphrase, unb64(slot.kdf.salt), profile);
  const der = open(wrappingKey, slot.wrappedPrivateKey, wrapAad(slot));
  if (!der) throw wrongPassphrase(slot.name);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw damaged(slot.name, 'unreadable private key');
  }
  if (spki(createPublicKey(privateKey)) !== slot.publicKey) throw damaged(slot.name, 'the key pair does not match');
  return privateKey;
}

/** The workspace key sealed in the slot, with the slot's private key. */
export function openSealedKey(slot: KeySlot, privateKey: KeyObject): Buffer {
  const { ephemeralPublicKey } = slot.sealedKey;
  let ephemeral: KeyObject;
  try {
    ephemeral = createPublicKey({ key: unb64(ephemeralPublicKey), format: 'der', type: 'spki' });
  } catch {
    throw damaged(slot.name, 'unreadable sealed key');
  }
  const key = open(sealingKey(privateKey, ephemeral, slot.publicKey, ephemeralPublicKey), slot.sealedKey, sealAad(slot.publicKey, ephemeralPublicKey));
  if (!key || key.length !== KEY_BYTES) throw damaged(slot.name, 'the sealed workspace key fails its check');
  return key;
}

/** A new passphrase for the same key pair: only this slot's wrapping changes. */
export async function rewrapSlot(slot: KeySlot, current: string, next: string): Promise<KeySlot> {
  const privateKey = await unwrapPrivateKey(slot, current);
  return { ...slot, ...(await wrapPrivateKey(slot.name, slot.publicKey, privateKey, next)) };
}
