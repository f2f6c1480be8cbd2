import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first option: 19 MiB, 2 passes, one
 * lane. @node-rs/argon2 runs both operations on libuv's thread pool, off the event loop.
 */
export const argon2idOptions: Options = {
  // `Algorithm` is a const enum, which isolated modules cannot read; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * The hashing functions the flows call, as one object so tests can observe every call (for
 * example that an unknown member still costs one full verification).
 */
export const passwordHashing = { hash: hashPassword, verify: verifyPassword };
