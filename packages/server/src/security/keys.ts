import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { secrets } from '../stores/secrets.js';
import type { Store } from '../stores/store.js';

/**
 * Keys derived from the portal's one secret: throttle keys (so a leaked database does not reveal
 * which KVNR or address was counted, as a plain hash would to anyone who tries them all) and MACs
 * of the cookies the portal signs.
 */
export interface Keyring {
  /** An HMAC naming what a throttle rule counts; the same on every server of one database. */
  throttleKey(rule: string, value: string): string;
  /** A MAC of `value` for `purpose`, base64url. */
  mac(purpose: string, value: string): string;
  /** Whether `tag` is the MAC of `value` for `purpose` (constant time). */
  verify(purpose: string, value: string, tag: string): boolean;
}

export function keyring(secret: Uint8Array): Keyring {
  const derive = (label: string) => createHmac('sha256', secret).update(label).digest();
  const throttle = derive('portalkit throttle keys');
  const cookies = derive('portalkit signed cookies');
  const mac = (purpose: string, value: string) =>
    createHmac('sha256', cookies).update(`${purpose}\0${value}`).digest('base64url');
  // The same few keys (a client's address, an identifier being tried) come back request after
  // request: remembered, they cost a Map lookup instead of an HMAC. Bounded; emptied when full.
  const known = new Map<string, string>();
  return {
    throttleKey(rule, value) {
      const name = `${rule}\0${value}`;
      let key = known.get(name);
      if (key === undefined) {
        if (known.size >= 10_000) known.clear();
        key = createHmac('sha256', throttle).update(name).digest('base64url');
        known.set(name, key);
      }
      return key;
    },
    mac,
    verify(purpose, value, tag) {
      const expected = Buffer.from(mac(purpose, value));
      const given = Buffer.from(tag);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/**
 * The portal's secret: the configured one, or one generated on first start and kept in the store,
 * so every server on one database derives the same keys.
 */
export async function loadKeyring(
  store: Store,
  configured: string | undefined,
  now: number,
): Promise<Keyring> {
  if (configured !== undefined) {
    if (Buffer.byteLength(configured) < 32) {
      throw new TypeError('secret must be at least 32 bytes (e.g. 43 base64url characters)');
    }
    return keyring(Buffer.from(configured));
  }
  const candidate = new Uint8Array(randomBytes(32));
  return keyring(await store.use(secrets).getOrCreate('portal', candidate, now));
}
