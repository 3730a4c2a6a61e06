import { createHash } from 'node:crypto';

/**
 * What makes two batches "the same content" for the idempotency check of lib/imports: the
 * SHA-256 of a canonical JSON text of their rows. Stored batches keep this hash, so the text
 * must never change: a batch sent again after a release has to hash as it did before.
 */

/**
 * JSON with object keys sorted and absent or null fields dropped, so that `{ a: 1, b: null }`,
 * `{ b: undefined, a: 1 }` and `{ a: 1 }` are the same content. Row order is kept: it matters
 * (the ledger's hash chain follows it). Arrays of strings come out exactly as JSON.stringify
 * writes them (audit's death-register rows were hashed that way before this module existed).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Default sort: by UTF-16 code units, the same order as comparing the keys with < and >.
    const keys = Object.keys(record).sort();
    let text = '';
    for (const key of keys) {
      const v = record[key];
      if (v === null || v === undefined) continue;
      text += `${text ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
    }
    return `{${text}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical form of a batch's rows. */
export function contentHashOf(rows: readonly unknown[]): string {
  return contentHashOfText(canonicalJson(rows));
}

/** SHA-256 (hex) of a canonical text a kind wrote itself (ImportRequest.canonicalText). */
export function contentHashOfText(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}
