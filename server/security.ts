import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../shared/domain';

/** A URL-safe secret with `bytes` bytes of randomness (default 16 = 128 bits). */
export function newSecret(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** Short random id for sessions and panelists (96 bits; ids are not secrets). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Device and follow-up tokens are stored only as SHA-256 digests, so a dump of the store reveals
 * none of them. (Moderator keys and invite tokens are kept, so organizers can hand a link out
 * again; the store is as confidential as the admin token.)
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Compares a presented secret with a stored digest in constant time. */
export function secretMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(presented));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time comparison of two plain secrets (digests first, so lengths never leak). */
export function secretsEqual(presented: string, expected: string): boolean {
  return secretMatches(presented, hashSecret(expected));
}

/** A join code from an alphabet without look-alike characters; unbiased by rejection sampling. */
export function newJoinCode(): string {
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}
