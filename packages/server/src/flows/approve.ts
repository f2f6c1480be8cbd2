import { randomBytes } from 'node:crypto';
import {
  approvalReceiptRoute,
  approveRoutes,
  ApprovalReceipt,
} from '@portalkit/protocol';
import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { endpoint, type FlowModule } from '../router.js';
import { clientLock, countAttempt } from '../security/lock.js';
import { requireSession } from '../session/sessions.js';
import { approvals, type ApprovalRecord } from '../stores/approvals.js';
import { audit, type AuditEventName } from '../stores/audit.js';
import { credentials } from '../stores/credentials.js';
import { throttle } from '../stores/throttle.js';
import { consumeChallenge, issueChallenge, verifyAssertion } from '../webauthn/challenges.js';
import { approvalChallenge } from './approve-binding.js';
import { approvalEvents } from './approve-events.js';
import { claimHandoff, handOff, pickNumber } from './approve-handoff.js';
import { buildReceipt } from './approve-receipt.js';
import { approvalView, discardClosed, excludedCredentials } from './protected-form.js';

type Routes = typeof approveRoutes;

/** The challenge purpose of one transaction: a challenge for A is not even looked up for B. */
const purposeOf = (id: string) => `approve:${id}`;

/**
 * The signed-in member's transaction, or `NOT_FOUND` (another member's and an unknown id get the
 * same answer). A pending one whose time is up is closed as expired now, audited.
 */
export async function ownTransaction(ctx: FlowContext, id: string): Promise<ApprovalRecord> {
  const { account } = requireSession(ctx);
  const found = await ctx.store.use(approvals).find(id, account.id);
  if (!found) throw new PortalError('NOT_FOUND');
  return expireIfDue(ctx, found);
}

/** Closes a pending transaction past its expiry as `expired` (final, audited); the record now. */
export async function expireIfDue(ctx: FlowContext, record: ApprovalRecord): Promise<ApprovalRecord> {
  const now = ctx.now();
  if (record.status !== 'pending' || record.expiresAt > now) return record;
  const event = { event: 'approval.expired' as const, accountId: record.accountId, at: now };
  const expired = await ctx.store.use(approvals).close(record.id, record.accountId, 'expired', event);
  ctx.changes.notify(record.id);
  if (expired) await discardClosed(ctx, expired);
  return expired ?? (await ctx.store.use(approvals).find(record.id, record.accountId)) ?? record;
}

/** The signed-in member's pending transaction, or `APPROVAL_CLOSED` once it is not. */
export async function pendingTransaction(ctx: FlowContext, id: string): Promise<ApprovalRecord> {
  const record = await ownTransaction(ctx, id);
  if (record.status !== 'pending') throw new PortalError('APPROVAL_CLOSED');
  return record;
}

/** Why a change of state found the transaction no longer as it was: closed, or else `otherwise`. */
async function refusal(
  ctx: FlowContext,
  record: ApprovalRecord,
  otherwise: PortalError,
): Promise<never> {
  const now = await ownTransaction(ctx, record.id);
  throw now.status !== 'pending' ? new PortalError('APPROVAL_CLOSED') : otherwise;
}

async function audited(ctx: FlowContext, event: AuditEventName, accountId: string) {
  await ctx.store.use(audit).append({ event, accountId, at: ctx.now() });
}

export const listApprovals: Flow<Routes['list']> = async (_input, ctx) => {
  const { account } = requireSession(ctx);
  const pending = await ctx.store.use(approvals).pending(account.id, ctx.now());
  return { approvals: pending.map(approvalView) };
};

export const approvalStatus: Flow<Routes['status']> = async (input, ctx) => ({
  approval: approvalView(await ownTransaction(ctx, input.id)),
});

/**
 * Passkey options for one transaction: a fresh nonce stored with it (a newer one voids older
 * options), the challenge derived from the nonce, the transaction's digest and id
 * (approve-binding.ts), the member's own passkeys only (less those the form excludes, such as the
 * passkey being removed), user verification required. Once the transaction was handed off to a
 * phone, the right number must be picked first.
 */
export const approvalOptions: Flow<Routes['options']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const record = await pendingTransaction(ctx, input.id);
  const excluded = excludedCredentials(ctx, record);
  const passkeys = (await ctx.store.use(credentials).list(account.id)).filter(
    (c) => !excluded.has(c.id),
  );
  if (passkeys.length === 0) throw new PortalError('PASSKEY_UNKNOWN');
  const nonce = randomBytes(32).toString('base64url');
  const now = ctx.now();
  const updated = await ctx.store.use(approvals).setNonce(record.id, account.id, nonce, now);
  if (!updated) {
    return refusal(ctx, record, new PortalError('VALIDATION_FAILED', { fields: { number: 'required' } }));
  }
  const { bytes } = approvalChallenge(nonce, record.digest, record.id);
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.rp.id,
    userVerification: 'required',
    allowCredentials: passkeys.map((c) => ({
      id: c.id,
      transports: c.transports as AuthenticatorTransport[],
    })),
    timeout: Math.min(ctx.config.challengeTtlMs, record.expiresAt - now),
    challenge: await issueChallenge(ctx, purposeOf(record.id), account.id, bytes),
  });
  return { options: { ...options } };
};

type AuthenticatorTransport = NonNullable<
  NonNullable<Parameters<typeof generateAuthenticationOptions>[0]['allowCredentials']>[number]['transports']
>[number];

async function verifyFailure(
  ctx: FlowContext,
  accountId: string,
  error: PortalError,
): Promise<never> {
  await audited(ctx, 'approval.verify.failure', accountId);
  throw error;
}

/**
 * Approves a transaction: the challenge of this transaction, spent once, issued to this member in
 * this browser; one of this member's own passkeys, not one the form excludes (the options left it
 * out, but a client may sign with it all the same); the signature over exactly the challenge
 * recomputed from the stored transaction, with user verification; the transaction still pending,
 * live and at the nonce the challenge came from. Then the change is executed from the stored
 * payload and its outcome recorded; the verified assertion is kept as the receipt.
 */
export const verifyApproval: Flow<Routes['verify']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const response = input.credential as AuthenticationResponseJSON;
  const record = await ownTransaction(ctx, input.id);
  // A replayed or late assertion meets a closed transaction: refused, and audited.
  if (record.status !== 'pending') {
    return verifyFailure(ctx, account.id, new PortalError('APPROVAL_CLOSED'));
  }
  const client = clientLock(ctx);
  await countAttempt(ctx, [client]);
  const purpose = purposeOf(record.id);
  await consumeChallenge(ctx, purpose, account.id, response.response.clientDataJSON).catch(
    (error: unknown) =>
      verifyFailure(ctx, account.id, error instanceof PortalError ? error : new PortalError('PASSKEY_INVALID')),
  );
  if (response.rawId !== response.id || !record.nonce) {
    return verifyFailure(ctx, account.id, new PortalError('PASSKEY_INVALID'));
  }
  const credential = await ctx.store.use(credentials).find(response.id);
  const excluded = excludedCredentials(ctx, record);
  if (credential?.accountId !== account.id || excluded.has(credential.id)) {
    return verifyFailure(ctx, account.id, new PortalError('PASSKEY_UNKNOWN'));
  }
  const userHandle = Buffer.from(account.webauthnUserId).toString('base64url');
  const { nonce } = record;
  const expected = approvalChallenge(nonce, record.digest, record.id).base64url;
  const verified =
    response.response.userHandle === undefined || response.response.userHandle === userHandle
      ? await verifyAssertion(ctx, response, (challenge) => challenge === expected, {
          id: credential.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
        })
      : null;
  if (!verified) return verifyFailure(ctx, account.id, new PortalError('PASSKEY_INVALID'));

  const now = ctx.now();
  const receipt = buildReceipt(record, nonce, response, credential, ctx.config.rp, now);
  const approved = await ctx.store.use(approvals).approve({
    id: record.id,
    accountId: account.id,
    nonce,
    use: {
      credentialId: credential.id,
      counter: verified.newCounter,
      backedUp: verified.credentialBackedUp,
      usedAt: now,
    },
    receipt: JSON.stringify(receipt),
    audit: { event: 'approval.approved', accountId: account.id, at: now },
  });
  if (!approved) {
    await audited(ctx, 'approval.verify.failure', account.id);
    return refusal(ctx, record, new PortalError('PASSKEY_INVALID'));
  }
  ctx.changes.notify(record.id);
  // A right approval gives its attempt back, as a passkey sign-in does.
  await ctx.store.use(throttle).release({ refund: [client.key] });
  await execute(ctx, approved);
  return { approval: approvalView(approved) };
};

/** Executes an approved change from its stored payload and records the outcome. */
async function execute(ctx: FlowContext, approved: ApprovalRecord): Promise<void> {
  const { account } = requireSession(ctx);
  const form = ctx.forms.get(approved.kind);
  try {
    if (!form) throw new Error(`no protected form of kind ${approved.kind}`);
    await form.execute(JSON.parse(approved.payload) as unknown, ctx, account);
  } catch (error) {
    await ctx.store.use(approvals).recordOutcome(approved.id, 'failed');
    await audited(ctx, 'approval.execution.failed', account.id);
    throw error;
  }
  await ctx.store.use(approvals).recordOutcome(approved.id, 'executed');
  await audited(ctx, 'approval.executed', account.id);
}

/** Denies a pending transaction: final and audited. */
export const denyApproval: Flow<Routes['deny']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const record = await pendingTransaction(ctx, input.id);
  const event = { event: 'approval.denied' as const, accountId: account.id, at: ctx.now() };
  const denied = await ctx.store.use(approvals).close(record.id, account.id, 'denied', event);
  if (!denied) return refusal(ctx, record, new PortalError('APPROVAL_CLOSED'));
  ctx.changes.notify(record.id);
  await discardClosed(ctx, denied);
  return { approval: approvalView(denied) };
};

/** The receipt of an approved transaction of the member's. */
export const approvalReceipt: Flow<typeof approvalReceiptRoute> = async (input, ctx) => {
  const record = await ownTransaction(ctx, input.id);
  if (record.status !== 'approved' || !record.receipt) throw new PortalError('NOT_FOUND');
  return { receipt: ApprovalReceipt.parse(JSON.parse(record.receipt)) };
};

/**
 * Approvals: every route needs the member signed in, and reaches only their own transactions.
 * Passkey attempts count per client, as a passkey sign-in's do.
 */
export const approveFlow: FlowModule = {
  name: 'approve',
  endpoints: [
    endpoint(approveRoutes.list, { access: 'signed-in' }, listApprovals),
    endpoint(approveRoutes.status, { access: 'signed-in' }, approvalStatus),
    endpoint(approveRoutes.options, { access: 'signed-in' }, approvalOptions),
    endpoint(approveRoutes.verify, { access: 'signed-in' }, verifyApproval),
    endpoint(approveRoutes.deny, { access: 'signed-in' }, denyApproval),
    endpoint(approveRoutes.handoff, { access: 'signed-in' }, handOff),
    endpoint(approveRoutes.claim, { access: 'signed-in' }, claimHandoff),
    endpoint(approveRoutes.pick, { access: 'signed-in' }, pickNumber),
    endpoint(approvalReceiptRoute, { access: 'signed-in' }, approvalReceipt),
    approvalEvents,
  ],
  sweep: async ({ store, now }) => ({ approvalsExpired: await store.use(approvals).sweep(now) }),
};
