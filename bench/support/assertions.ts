import { randomBytes } from 'node:crypto';
import type { Portal, Store } from '@portalkit/server';
import { credentials as credentialStore } from '@portalkit/server/testing';
import {
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { cookieOf, post, rp, setCookie, type Member } from './portal.js';

/**
 * The browser's half of a passkey sign-in, done before timing: assertions signed in advance for
 * challenges the server will issue during the timed run, so the bench measures the server and
 * not a simulated browser whose ECDSA signing, in the same process, would compete with the
 * server for the same cores and thread pool (it cost the sign-in figure 15-20 %).
 *
 * Every assertion reports sign counter 0, as many platform authenticators always do; the server
 * accepts 0 again and again while the stored counter is 0 (WebAuthn L3 § 6.1.1, SimpleWebAuthn's
 * check and the stores' `counter = 0 AND stored = 0` rule), so each can be used once per cycle.
 */
export interface Assertion {
  /** The challenge, base64url, as `generateAuthenticationOptions` returns it. */
  challenge: string;
  /** Which member's passkey signed it. */
  member: number;
  response: AuthenticationResponseJSON;
  /** The verify request's body, serialized in advance like the signature. */
  body: string;
  /** The stored credential as the server passes it to `verifyAuthenticationResponse`. */
  credential: { id: string; publicKey: Uint8Array<ArrayBuffer>; counter: number };
}

export interface AssertionPool {
  readonly size: number;
  /** The assertion signed for a challenge the server issued; throws for any other challenge. */
  forChallenge(challenge: string): Assertion;
  /** The pool's assertions in turn, for the baseline that verifies without the server. */
  next(): Assertion;
  /**
   * Runs `fn` while `globalThis.crypto.getRandomValues` fills 32-byte Uint8Arrays with the pool's
   * challenges in turn (the portal draws its 32-byte challenges there, as SimpleWebAuthn does); every
   * other request, and everything after `fn`, gets real randomness. Session ids and other
   * secrets come from `node:crypto` `randomBytes`, which this does not touch. Cycling is safe: a
   * challenge is consumed by its verify long before it comes round again `size` options later.
   */
  issuing<T>(fn: () => Promise<T>): Promise<T>;
}

const challengeBytes = 32;

/** Signs `size` assertions, round robin over the members' passkeys (each has one). */
export async function presignAssertions(
  store: Store,
  members: Member[],
  size = 4096,
): Promise<AssertionPool> {
  const credentials = await Promise.all(
    members.map(async ({ device }) => {
      const stored = await store.use(credentialStore).find(device.credentials[0]!.id);
      if (!stored) throw new Error('bench setup: credential missing');
      if (stored.counter !== 0) throw new Error('bench setup: stored counter must be 0');
      return { id: stored.id, publicKey: stored.publicKey, counter: 0 };
    }),
  );
  const pool: Assertion[] = [];
  for (let start = 0; start < size; start += 256) {
    const batch = Array.from({ length: Math.min(256, size - start) }, async (_, offset) => {
      const member = (start + offset) % members.length;
      const challenge = randomBytes(challengeBytes).toString('base64url');
      const options: PublicKeyCredentialRequestOptionsJSON = { challenge, rpId: rp.id };
      const response = await members[member]!.device.authenticate(options, { counter: 0 });
      const body = JSON.stringify({ credential: response });
      return { challenge, member, response, body, credential: credentials[member]! };
    });
    pool.push(...(await Promise.all(batch)));
  }
  const byChallenge = new Map(pool.map((assertion) => [assertion.challenge, assertion]));
  const issued = pool.map((a) => Buffer.from(a.challenge, 'base64url'));
  let nextIssued = 0;
  let nextVerified = 0;

  return {
    size,
    forChallenge(challenge) {
      const assertion = byChallenge.get(challenge);
      if (!assertion) {
        throw new Error(
          'bench: the server issued a challenge that is not from the pool; does ' +
            'the portal still draw challenges from crypto.getRandomValues?',
        );
      }
      return assertion;
    },
    next() {
      const assertion = pool[nextVerified]!;
      nextVerified = (nextVerified + 1) % size;
      return assertion;
    },
    async issuing(fn) {
      const webCrypto = globalThis.crypto;
      const real = webCrypto.getRandomValues;
      const ownBefore = Object.hasOwn(webCrypto, 'getRandomValues');
      webCrypto.getRandomValues = ((array: Parameters<typeof real>[0]) => {
        if (array instanceof Uint8Array && array.length === challengeBytes) {
          array.set(issued[nextIssued]!);
          nextIssued = (nextIssued + 1) % size;
          return array;
        }
        return real.call(webCrypto, array);
      }) as typeof real;
      try {
        return await fn();
      } finally {
        if (ownBefore) webCrypto.getRandomValues = real;
        else delete (webCrypto as Partial<Crypto>).getRandomValues;
      }
    },
  };
}

/** What the server's verify step costs at least: the library's check of one assertion. */
export function verifyAlone(assertion: Assertion) {
  return verifyAuthenticationResponse({
    response: assertion.response,
    expectedChallenge: assertion.challenge,
    expectedOrigin: rp.origins,
    expectedRPID: rp.id,
    requireUserVerification: true,
    credential: assertion.credential,
  });
}

/**
 * One passkey sign-in through the API with the browser's work done in advance: POST options,
 * take the assertion pre-signed for the issued challenge, POST verify, expect a session. Each
 * `worker` is a member at an address of its own, as concurrent sign-ins are: their attempts are
 * counted on counters of their own, not all on one.
 */
export async function passkeySignIn(
  portal: Portal,
  pool: AssertionPool,
  worker = 0,
): Promise<void> {
  const optionsResponse = await post(portal, '/login/passkey/options', {}, undefined, worker);
  if (optionsResponse.status !== 200) {
    throw new Error(`passkey sign-in failed: options ${optionsResponse.status}`);
  }
  const { options } = (await optionsResponse.json()) as {
    options: PublicKeyCredentialRequestOptionsJSON;
  };
  const assertion = pool.forChallenge(options.challenge);
  // As a browser does: the challenge's binding cookie goes back with the assertion.
  const binding = setCookie(optionsResponse, 'pk_ceremony');
  const response = await post(portal, '/login/passkey/verify', assertion.body, binding, worker);
  cookieOf(response, 'passkey sign-in failed');
  await response.arrayBuffer();
}
