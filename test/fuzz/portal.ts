import { PGlite } from '@electric-sql/pglite';
import {
  addPasskey,
  authenticator,
  createHarness,
  erika,
  jonas,
  loginOptions,
  loginWithPassword,
  openSqlStore,
  pgliteDriver,
  sessionCookieOf,
  testRegistry,
  type Harness,
  type SoftAuthenticator,
  type SqlDriver,
} from '@portalkit/server/testing';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import type { SessionChoice } from './envelope.js';
import { installFingerprints } from './rows.js';

type AddPasskeyOptions = { options: PublicKeyCredentialCreationOptionsJSON };

/**
 * A real portal in process on PGlite, with the driver kept by the test (to read every table),
 * Erika as a member with a passkey, and what her browser would send.
 *
 * Client addresses: every request, generated or not, comes from an address of its own (a
 * counter over 198.51.100.0/24, then one IPv6 /64 each), rather than raising the limits. So the
 * portal runs with the limits it ships with, and a refusal is the answer to the request itself,
 * never `RATE_LIMITED` left behind by the requests before it.
 */
export interface FuzzPortal {
  db: SqlDriver;
  h: Harness;
  /** A second portal on the same store and clock, whose confirmation window is 0 s. */
  strict: Harness;
  nextAddress(): string;
  /** The session cookie a choice presents (signing Erika in again when her session ended). */
  cookieFor(choice: SessionChoice, garbage: string): Promise<string | null>;
  /** Tells the portal what an answer did to the member's session (rotated, ended). */
  sawAnswer(choice: SessionChoice, response: Response): void;
  /** Bodies Erika's browser sends; a passkey ceremony's fetches its challenge first. */
  seeds: Seed[];
  /** Erika's passkey, registered at setup. */
  device: SoftAuthenticator;
  /** Requests made to set up sessions and seeds (not generated, not counted). */
  setupRequests(): number;
  close(): Promise<void>;
}

export interface Seed {
  name: string;
  make(cookie: string | null): Promise<Record<string, unknown>>;
}

export async function openFuzzPortal(): Promise<FuzzPortal> {
  const db = pgliteDriver(await PGlite.create('memory://'));
  const store = await openSqlStore(db);
  await installFingerprints(db);
  // No sweeper while fuzzing: it deletes expired rows on the first request after its interval,
  // which the clock below reaches, and the row check must see only what a request did.
  // A registry, so the registration routes are fuzzed past "registration is off".
  const members = testRegistry([jonas]);
  const h = createHarness({ store, members, sweepIntervalSeconds: 0 });
  const strict = createHarness({
    store,
    members,
    sweepIntervalSeconds: 0,
    now: () => h.clock.now,
    session: { confirmationSeconds: 0 },
  });
  let addresses = 0;
  let setup = 0;
  const nextAddress = () => {
    addresses++;
    if (addresses < 255) return `198.51.100.${addresses}`;
    return `2001:db8:${(addresses >> 16).toString(16)}:${(addresses & 0xffff).toString(16)}::1`;
  };
  const setupOptions = () => {
    setup++;
    return { clientAddress: nextAddress() };
  };

  await h.portal.createAccount(erika);
  const loginDevice = authenticator();
  let member: { cookie: string; since: number } | null = null;

  async function memberCookie(): Promise<string> {
    // Signed in again well within the confirmation window (600 s), which the clock passes as the
    // `unconfirmed` requests advance it.
    if (!member || h.clock.now - member.since > 300_000) {
      const cookie = await loginWithPassword(h, erika.email, erika.password, setupOptions());
      member = { cookie, since: h.clock.now };
    }
    return member.cookie;
  }

  const first = await memberCookie();
  setup++; // two requests: options and verify
  const added = await addPasskey(h, first, loginDevice, {}, {}, setupOptions());
  if (added.status !== 200) throw new Error(`setup: adding a passkey answered ${added.status}`);

  const wrong = 'Falsches Passwort 1';
  const seeds: Seed[] = [
    { name: 'nothing', make: async () => ({}) },
    { name: 'wrong password', make: async () => ({ identifier: erika.email, password: wrong }) },
    { name: 'with the KVNR', make: async () => ({ identifier: erika.kvnr, password: wrong }) },
    { name: 'sign-in', make: async () => ({ identifier: erika.email, password: erika.password }) },
    { name: 'confirmation, wrong password', make: async () => ({ password: wrong }) },
    { name: 'confirmation', make: async () => ({ password: erika.password }) },
    {
      name: 'passkey assertion',
      make: async () => {
        const options = await loginOptions(h, setupOptions());
        return { credential: await loginDevice.authenticate(options) };
      },
    },
    {
      name: 'passkey assertion, used before',
      make: async () => {
        const options = await loginOptions(h, setupOptions());
        const credential = await loginDevice.authenticate(options);
        await h.post('/login/passkey/verify', { credential }, setupOptions());
        return { credential };
      },
    },
    {
      name: 'passkey registration',
      make: async (cookie) => {
        // The ceremony needs a confirmed session: the one the request presents, else Erika's.
        const options = await h.post(
          '/passkeys/options',
          {},
          { ...setupOptions(), cookie: cookie ?? (await memberCookie()) },
        );
        if (options.status !== 200) return { credential: {}, name: 'ohne Challenge' };
        const creation = ((await options.json()) as AddPasskeyOptions).options;
        // A new authenticator each time: one refuses to register twice for the same account.
        return { credential: await authenticator().register(creation), name: 'Schlüssel am Bund' };
      },
    },
  ];

  return {
    db,
    h,
    strict,
    nextAddress,
    seeds,
    device: loginDevice,
    setupRequests: () => setup,
    async cookieFor(choice, garbage) {
      if (choice === 'none') return null;
      if (choice === 'garbage') return `pk_session=${garbage}`;
      return memberCookie();
    },
    sawAnswer(choice, response) {
      if (choice !== 'member' && choice !== 'unconfirmed') return;
      const cookies = response.headers.getSetCookie();
      if (!cookies.some((c) => /^(__Host-)?pk_session=/.test(c))) return;
      // Signed in or confirmed again: a new id, confirmed now; signed out or expired: none.
      const cookie = sessionCookieOf(response);
      member = cookie ? { cookie, since: h.clock.now } : null;
    },
    close: () => store.close(),
  };
}
