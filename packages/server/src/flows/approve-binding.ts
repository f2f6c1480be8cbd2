import { createHash } from 'node:crypto';
import type { ApprovalSummary } from '@portalkit/protocol';

/**
 * What binds a passkey's signature to one transaction (PSD2 RTS Art. 5, "dynamic linking"):
 *
 *   digest    = SHA-256(canonical JSON of { kind, payload, summary })
 *   challenge = SHA-256(nonce ‖ digest ‖ UTF-8 of the transaction id)
 *
 * The digest covers the payload the change executes from and the summary in both languages the
 * member read, so a signature over one cannot be moved to another payload, another wording or
 * another transaction; the nonce (32 random bytes, new with each options request) makes every
 * challenge fresh. The server recomputes the challenge from the stored transaction, and a receipt
 * carries everything needed to recompute it offline.
 */

/**
 * A stable JSON serialization: object keys sorted by UTF-16 code unit order at every level, no
 * whitespace, strings and numbers as `JSON.stringify` writes them. Only plain JSON values:
 * `undefined`, functions, non-finite numbers and other objects than arrays and plain objects
 * are refused rather than silently dropped.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON: a number must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonical JSON: cannot serialize ${typeof value}`);
}

/** SHA-256 (base64url) of the canonical JSON of `{ kind, payload, summary }`. */
export function transactionDigest(
  kind: string,
  payload: unknown,
  summary: ApprovalSummary,
): string {
  return createHash('sha256')
    .update(canonicalJson({ kind, payload, summary }), 'utf8')
    .digest('base64url');
}

/** The challenge of one approval options request, as bytes and as base64url. */
export function approvalChallenge(
  nonce: string,
  digest: string,
  id: string,
): { bytes: Uint8Array<ArrayBuffer>; base64url: string } {
  const hash = createHash('sha256')
    .update(Buffer.from(nonce, 'base64url'))
    .update(Buffer.from(digest, 'base64url'))
    .update(id, 'utf8')
    .digest();
  return { bytes: new Uint8Array(hash), base64url: hash.toString('base64url') };
}
