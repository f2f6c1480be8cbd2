import { createHash, randomBytes } from 'node:crypto';

/**
 * Session ids and challenges are stored as SHA-256, so a leaked database holds nothing a browser
 * could present. Node's synchronous hash on the main thread is deliberate: it takes microseconds,
 * while WebCrypto's digest would queue behind argon2 on the thread pool.
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** 32 random bytes, base64url: the opaque id in the session cookie. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export const isSessionId = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
