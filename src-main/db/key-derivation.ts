import { scrypt, type ScryptOptions } from 'node:crypto';

/**
 * Passphrase -> 32-byte database key. The salt is the workspace file's own
 * SQLCipher salt (its first 16 bytes, random per file and readable before the
 * key is known), so a workspace stays one standard SQLCipher file.
 *
 * Profiles are tried newest first; a workspace opened with an older profile is
 * re-keyed to the newest, which is how the cost can be raised later without a
 * plaintext header.
 */
export interface KdfProfile {
  id: string;
  N: number;
  r: number;
  p: number;
}

export const KDF_PROFILES: readonly KdfProfile[] = [{ id: 'scrypt-n17-r8-p1', N: 2 ** 17, r: 8, p: 1 }];

export const CURRENT_KDF = KDF_PROFILES[0]!;

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

export function deriveKey(passphrase: string, salt: Buffer, profile: KdfProfile = CURRENT_KDF): Promise<Buffer> {
  const options: ScryptOptions = {
    N: profile.N,
    r: profile.r,
    p: profile.p,
    // Node refuses memory-hard parameters under its 32 MiB default; allow what the profile needs.
    maxmem: 256 * profile.N * profile.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}
