import {
  ApprovalReceipt,
  type ApprovalSummary,
} from '@portalkit/protocol';
import {
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { RelyingParty } from '../context.js';
import type { ApprovalRecord } from '../stores/approvals.js';
import type { CredentialRecord } from '../stores/credentials.js';
import { approvalChallenge, transactionDigest } from './approve-binding.js';

export const receiptFormat = 'portalkit-approval-receipt/1';

/** The receipt of a transaction approved with `response` (already verified) by `credential`. */
export function buildReceipt(
  record: ApprovalRecord,
  nonce: string,
  response: AuthenticationResponseJSON,
  credential: Pick<CredentialRecord, 'id' | 'publicKey'>,
  rp: RelyingParty,
  approvedAt: number,
): ApprovalReceipt {
  const { authenticatorData, clientDataJSON, signature, userHandle } = response.response;
  return {
    format: receiptFormat,
    id: record.id,
    kind: record.kind,
    payload: JSON.parse(record.payload) as unknown,
    summary: JSON.parse(record.summary) as ApprovalSummary,
    createdAt: new Date(record.createdAt).toISOString(),
    approvedAt: new Date(approvedAt).toISOString(),
    nonce,
    rp: { id: rp.id, origins: [...rp.origins] },
    credential: { id: credential.id, publicKey: Buffer.from(credential.publicKey).toString('base64url') },
    assertion: {
      authenticatorData,
      clientDataJSON,
      signature,
      ...(userHandle ? { userHandle } : {}),
    },
  };
}

export type ReceiptCheck =
  | {
      verified: true;
      id: string;
      kind: string;
      summary: ApprovalSummary;
      payload: unknown;
      approvedAt: string;
      /** The site the passkey belongs to and the page origin the browser reported. */
      rpId: string;
      origin: string;
      credentialId: string;
    }
  | {
      verified: false;
      /**
       * `format`: not a receipt; `challenge`: the signed challenge is not the one derived from
       * this summary, payload, id and nonce (one of them was changed); `signature`: the
       * signature does not hold for this public key (or the assertion was changed).
       */
      reason: 'format' | 'challenge' | 'signature';
      message: string;
    };

const base64url = /^[A-Za-z0-9_-]*$/;

/**
 * Checks a receipt offline, without the portal's database: that the passkey whose COSE public key
 * is `publicKey` (bytes, or base64url) signed, with user verification, exactly the challenge
 * derived from the receipt's summary, payload, transaction id and nonce, on the receipt's site.
 * Take the public key from the insurer's records (the passkey's stored key), not from the
 * receipt, to prove more than that the receipt is consistent in itself.
 */
export async function verifyApprovalReceipt(
  receipt: unknown,
  publicKey: Uint8Array | string,
): Promise<ReceiptCheck> {
  const parsed = ApprovalReceipt.safeParse(receipt);
  if (!parsed.success) {
    return { verified: false, reason: 'format', message: 'not an approval receipt' };
  }
  const r = parsed.data;
  const key =
    typeof publicKey === 'string'
      ? base64url.test(publicKey)
        ? new Uint8Array(Buffer.from(publicKey, 'base64url'))
        : null
      : new Uint8Array(publicKey);
  if (!key || key.length === 0) {
    return { verified: false, reason: 'format', message: 'the public key is not base64url' };
  }
  let expected: string;
  try {
    const digest = transactionDigest(r.kind, r.payload, r.summary);
    expected = approvalChallenge(r.nonce, digest, r.id).base64url;
  } catch {
    return { verified: false, reason: 'format', message: 'the payload is not plain JSON' };
  }
  let signed = '';
  let origin = '';
  try {
    const client = JSON.parse(Buffer.from(r.assertion.clientDataJSON, 'base64url').toString('utf8'));
    signed = typeof client?.challenge === 'string' ? client.challenge : '';
    origin = typeof client?.origin === 'string' ? client.origin : '';
  } catch {
    return { verified: false, reason: 'format', message: 'clientDataJSON is not JSON' };
  }
  if (signed !== expected) {
    return {
      verified: false,
      reason: 'challenge',
      message: 'the signed challenge does not match this summary, payload and transaction',
    };
  }
  try {
    const result = await verifyAuthenticationResponse({
      response: {
        id: r.credential.id,
        rawId: r.credential.id,
        type: 'public-key',
        clientExtensionResults: {},
        response: r.assertion,
      },
      expectedChallenge: expected,
      expectedOrigin: r.rp.origins,
      expectedRPID: r.rp.id,
      requireUserVerification: true,
      credential: { id: r.credential.id, publicKey: key, counter: 0 },
    });
    if (!result.verified) throw new Error('the signature does not hold');
  } catch (error) {
    return {
      verified: false,
      reason: 'signature',
      message: error instanceof Error ? error.message : 'the signature does not hold',
    };
  }
  return {
    verified: true,
    id: r.id,
    kind: r.kind,
    summary: r.summary,
    payload: r.payload,
    approvedAt: r.approvedAt,
    rpId: r.rp.id,
    origin,
    credentialId: r.credential.id,
  };
}
