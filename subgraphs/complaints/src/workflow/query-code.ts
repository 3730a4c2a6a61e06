import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The query code is the submitter's only key to their complaint, so it must be unguessable
 * and never stored. It is derived, with an HMAC under the server's secret, from a random salt
 * (16 bytes from the OS's CSPRNG, kept in the row) and the idempotency key: a retry of the same
 * submission gets the same code again, while the store alone (salt and hash) cannot yield it.
 * Lookups go by the SHA-256 of the normalised code through a unique index: no string of the
 * code is ever compared character by character, so a wrong code costs what a right one does.
 */

/** 32 symbols without the look-alikes 0/O and 1/I: 16 symbols carry 80 bits. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_SYMBOLS = 16;

const subkeys = new Map<string, Buffer>();

/** Keys derived from the one server secret, one per purpose, so no two uses share a key. */
function subkey(secret: string, purpose: string): Buffer {
  const id = `${purpose}\n${secret}`;
  let key = subkeys.get(id);
  if (!key) {
    key = createHmac('sha256', secret).update(`complaints/${purpose}`).digest();
    subkeys.set(id, key);
  }
  return key;
}

export function newQueryCodeSalt(): string {
  return randomBytes(16).toString('hex');
}

export function deriveQueryCode(secret: string, salt: string, idempotencyKey: string): string {
  const digest = createHmac('sha256', subkey(secret, 'query-code')).update(`${salt}\n${idempotencyKey}`).digest();
  let symbols = '';
  // 5 bits per symbol from the first 10 bytes.
  let bits = 0;
  let value = 0;
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols += ALPHABET[(value >> bits) & 31];
    }
  }
  return symbols.slice(0, CODE_SYMBOLS).match(/.{4}/g)!.join('-');
}

/** Case, spaces and dashes do not matter when a person types the code back. */
export function normaliseQueryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export function hashQueryCode(code: string): string {
  return createHash('sha256').update(normaliseQueryCode(code)).digest('hex');
}

/** HMAC of a submission's content: equal for a retry, different for another complaint under the same key. */
export function submissionFingerprint(secret: string, canonical: unknown): string {
  return createHmac('sha256', subkey(secret, 'submission')).update(JSON.stringify(canonical)).digest('hex');
}
