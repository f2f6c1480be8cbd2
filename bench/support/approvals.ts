import type { MemberRegistry, Portal } from '@portalkit/server';
import {
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { cookieOf, kvnr, password, post, rp, setCookie, type Member } from './portal.js';

/**
 * The browser's half of approvals, done before timing: for each prepared transaction (an address
 * change), the options were fetched and the assertion signed, so the timed run sends only the
 * verify request (signature check, transaction and counter update, the change executed through
 * the registry). The baseline verifies the same assertions with the library alone.
 */
export interface PreparedApproval {
  worker: number;
  cookie: string;
  body: string;
  challenge: string;
  response: AuthenticationResponseJSON;
  credential: { id: string; publicKey: Uint8Array<ArrayBuffer>; counter: number };
}

/** A registry that knows every bench member's address and takes every change. */
export const benchRegistry: MemberRegistry = {
  verify: async () => null,
  find: async (kvnrValue) => ({
    kvnr: kvnrValue,
    name: 'Bench Member',
    address: { street: 'Lindenallee', houseNumber: '5', postcode: '10115', city: 'Berlin' },
  }),
  changeAddress: async () => {},
};

const newAddress = (i: number) => ({
  street: 'Nikolaistraße',
  houseNumber: String(1 + (i % 500)),
  postcode: '04109',
  city: 'Leipzig',
  validFrom: new Date().toISOString().slice(0, 10),
});

/** Signs each member in once; their session cookies, by worker. */
export async function signIn(portal: Portal, members: Member[]): Promise<string[]> {
  return Promise.all(
    members.map(async (m, i) =>
      cookieOf(await post(portal, '/login/password', { identifier: m.email, password }, undefined, i)),
    ),
  );
}

/** `count` approvals, round robin over the members, each ready to be verified once. */
export async function prepareApprovals(
  portal: Portal,
  members: Member[],
  cookies: string[],
  publicKeys: Uint8Array<ArrayBuffer>[],
  count: number,
): Promise<PreparedApproval[]> {
  const prepared: PreparedApproval[] = [];
  for (let start = 0; start < count; start += 64) {
    const batch = Array.from({ length: Math.min(64, count - start) }, async (_, offset) => {
      const i = start + offset;
      const worker = i % members.length;
      const session = cookies[worker]!;
      const created = await post(portal, '/address', newAddress(i), session, worker);
      const { approval } = (await created.json()) as { approval: { id: string } };
      const optionsResponse = await post(portal, '/approvals/options', { id: approval.id }, session, worker);
      const { options } = (await optionsResponse.json()) as {
        options: PublicKeyCredentialRequestOptionsJSON;
      };
      const cookie = `${session}; ${setCookie(optionsResponse, 'pk_ceremony')}`;
      const response = await members[worker]!.device.authenticate(options, { counter: 0 });
      return {
        worker,
        cookie,
        body: JSON.stringify({ id: approval.id, credential: response }),
        challenge: options.challenge,
        response,
        credential: { id: response.id, publicKey: publicKeys[worker]!, counter: 0 },
      };
    });
    prepared.push(...(await Promise.all(batch)));
  }
  return prepared;
}

/** One approval through the API: POST verify with the pre-signed assertion; expects it approved. */
export async function approveVia(portal: Portal, approval: PreparedApproval): Promise<void> {
  const response = await post(portal, '/approvals/verify', approval.body, approval.cookie, approval.worker);
  if (response.status !== 200) throw new Error(`approval failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** The library's check of the same assertion: what an approval costs at least. */
export function verifyApprovalAlone(approval: PreparedApproval) {
  return verifyAuthenticationResponse({
    response: approval.response,
    expectedChallenge: approval.challenge,
    expectedOrigin: rp.origins,
    expectedRPID: rp.id,
    requireUserVerification: true,
    credential: approval.credential,
  });
}

export { kvnr };
