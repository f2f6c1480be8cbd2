import { createHash, randomFillSync } from 'node:crypto';

/**
 * Session ids and challenges are stored as SHA-256, so a leaked database holds nothing a browser
 * could present. Node's synchronous hash on the main thread is deliberate: it takes microseconds,
 * while WebCrypto's digest would queue behind argon2 on the thread pool.
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * Random bytes from the CSPRNG, drawn 32 ids at a time: each draw from OpenSSL costs several
 * microseconds of main-thread time however few bytes it returns (Node's `randomUUID` keeps such a
 * cache for the same reason). Each byte is handed out once.
 */
const pool = Buffer.alloc(32 * 32);
let used = pool.length;

/** 32 random bytes, base64url: an opaque id (the session cookie, a browser's ceremony binding). */
export function randomId(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const id = pool.toString('base64url', used, used + 32);
  used += 32;
  return id;
}

export const newSessionId = randomId;

export const isSessionId = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
