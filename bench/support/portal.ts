import { kvnrCheckDigit } from '@portalkit/protocol';
import {
  createPortal,
  type CreatePortalOptions,
  type Portal,
  type Store,
} from '@portalkit/server';
import { createSoftAuthenticator, type SoftAuthenticator } from '@portalkit/server/testing';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';

export const origin = 'http://localhost:8080';
export const rp = { id: 'localhost', name: 'Bench-Kasse', origins: [origin] };
export const password = 'Lindenblüte im Juni 24';

export function kvnr(index: number): string {
  const base = `B${String(10_000_000 + index).slice(-8)}`;
  return base + kvnrCheckDigit(base);
}

/**
 * A portal as a host would configure it in production: response validation off whatever
 * NODE_ENV says (it is a test-time check), logging discarded. One difference: every request of
 * the bench comes from one address and signs in to the same few accounts many times at once, so
 * the per-client and per-identifier limits are raised out of the way; the counting itself (one
 * upsert per attempt) still runs on every request.
 */
export function benchPortal(store: Store, extra: Partial<CreatePortalOptions> = {}): Portal {
  const unlimited = 1_000_000_000;
  return createPortal({
    ...extra,
    store,
    mail: { send: async () => {} },
    rp,
    validateResponses: false,
    log: () => {},
    throttle: {
      maxChallengesPerClient: unlimited,
      maxFailuresPerClient: unlimited,
      maxFailuresPerIdentifierAndClient: unlimited,
    },
  });
}

/**
 * A POST through `handle()` as the browser sends it; `body` is sent as is if already JSON text.
 * `client` numbers the member's address (127.0.0.1 + client).
 */
export function post(
  portal: Portal,
  path: string,
  body: unknown,
  cookie?: string,
  client = 0,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: origin };
  if (cookie) headers.Cookie = cookie;
  return portal.handle(
    new Request(`${origin}/portal${path}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { clientAddress: `127.0.${client >> 8}.${(client & 255) + 1}` },
  );
}

/** The `name=value` of the cookie `name` a response sets, or undefined. */
export function setCookie(response: Response, name: string): string | undefined {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`));
}

/** The session cookie (`name=value`) a successful sign-in sets; throws on anything else. */
export function cookieOf(response: Response, what = 'bench setup'): string {
  const cookie = setCookie(response, 'pk_session');
  if (response.status !== 200 || !cookie || cookie.endsWith('=')) {
    throw new Error(`${what}: ${response.status}, cookie ${JSON.stringify(cookie)}`);
  }
  return cookie;
}

export interface Member {
  email: string;
  device: SoftAuthenticator;
}

/** `count` members, each with a password and one passkey registered through the API. */
export async function seed(portal: Portal, count: number): Promise<Member[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const email = `member${i}@bench.example`;
      await portal.createAccount({ kvnr: kvnr(i), email, displayName: `Member ${i}`, password });
      const cookie = cookieOf(
        await post(portal, '/login/password', { identifier: email, password }),
      );
      const optionsResponse = await post(portal, '/passkeys/options', {}, cookie);
      // The challenge is bound to this "browser": its binding cookie goes with the answer.
      const binding = `${cookie}; ${setCookie(optionsResponse, 'pk_ceremony')}`;
      const { options } = (await optionsResponse.json()) as {
        options: PublicKeyCredentialCreationOptionsJSON;
      };
      const device = createSoftAuthenticator({ origin, rpId: rp.id });
      const credential = await device.register(options);
      const added = await post(portal, '/passkeys/verify', { credential }, binding);
      if (added.status !== 200) throw new Error(`bench setup: passkey ${added.status}`);
      return { email, device };
    }),
  );
}
