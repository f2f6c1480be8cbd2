import { randomBytes } from 'node:crypto';
import type {
  ApprovalPending,
  ApprovalSummary,
  ApprovalView,
  Route,
  RouteInput,
} from '@portalkit/protocol';
import type { FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { endpoint, type Access, type Endpoint } from '../router.js';
import { requireSession } from '../session/sessions.js';
import type { AccountRecord } from '../stores/accounts.js';
import { approvals, type ApprovalRecord } from '../stores/approvals.js';
import { audit } from '../stores/audit.js';
import { canonicalJson, transactionDigest } from './approve-binding.js';

/**
 * A protected form (issue 20): its route does not execute the change. It checks the input, stores
 * a pending transaction with a summary written from the payload, and answers with it
 * (`{ approval }`); once the member approved exactly that transaction with a passkey
 * (flows/approve.ts), `execute` runs with the payload as stored, never a second copy from the
 * browser. A new protected form is one of these and a line in its flow module:
 *
 * ```ts
 * export const addressForm = protectedForm({ kind: 'address-change', route, prepare, summarize,
 *   execute });
 * export const addressChangeFlow = { name, endpoints: [addressForm.endpoint], forms: [addressForm] };
 * ```
 */
export interface ProtectedForm<P = unknown> {
  /** Names the transaction's kind in views, receipts and the audit log (`address-change`). */
  kind: string;
  /** The route that creates the transaction: it answers `{ approval }`. */
  endpoint: Endpoint;
  /**
   * Executes the approved change from the stored payload. It throws only if the change could not
   * be made (the outcome is recorded as `failed`).
   */
  execute(payload: P, ctx: FlowContext, account: AccountRecord): Promise<void>;
  /**
   * Undoes what `prepare` kept aside once the transaction closed without approval (denied,
   * cancelled or expired): a document upload's files. Optional.
   */
  discard?(payload: P, ctx: FlowContext, accountId: string): Promise<void>;
  /**
   * The member's passkeys that must not approve this transaction (their ids): the passkey being
   * removed cannot approve its own removal. Left out of the approval's options and refused if
   * one signs anyway (flows/approve.ts). Optional.
   */
  excludeCredentials?(payload: P): string[];
}

export interface ProtectedFormDefinition<R extends Route, P> {
  kind: string;
  route: R;
  /** Default `signed-in`. */
  access?: Access;
  /**
   * Checks the input (throwing `VALIDATION_FAILED` with its fields) and returns the payload to
   * store: plain JSON, with everything the summary and the change need (the value before the
   * change too, so the summary's "from" is part of what is signed).
   */
  prepare(input: RouteInput<R>, ctx: FlowContext, account: AccountRecord): Promise<P>;
  /** The summary in both languages, written from the payload alone. */
  summarize(payload: P): ApprovalSummary;
  execute(payload: P, ctx: FlowContext, account: AccountRecord): Promise<void>;
  discard?(payload: P, ctx: FlowContext, accountId: string): Promise<void>;
  excludeCredentials?(payload: P): string[];
}

export function protectedForm<R extends Route, P>(
  definition: ProtectedFormDefinition<R, P>,
): ProtectedForm {
  const { kind, route, prepare, summarize } = definition;
  const handle = async (input: RouteInput<R>, ctx: FlowContext) => {
    const { account } = requireSession(ctx);
    const payload = await prepare(input, ctx, account);
    const approval = await createTransaction(ctx, account, kind, payload, summarize(payload));
    return { approval } satisfies ApprovalPending;
  };
  return {
    kind,
    // The route's output is `{ approval }` by contract (`approvalPending`), which the pipeline
    // checks where responses are validated.
    endpoint: endpoint(
      route,
      { access: definition.access ?? 'signed-in' },
      handle as unknown as (input: RouteInput<R>, ctx: FlowContext) => Promise<never>,
    ) as unknown as Endpoint,
    // Executed with the stored payload, which is what `prepare` returned, as canonical JSON.
    execute: definition.execute as ProtectedForm['execute'],
    ...(definition.discard ? { discard: definition.discard as ProtectedForm['discard'] } : {}),
    ...(definition.excludeCredentials
      ? { excludeCredentials: definition.excludeCredentials as ProtectedForm['excludeCredentials'] }
      : {}),
  };
}

/**
 * Runs the form's `discard` for a transaction that closed without approval. A failure is logged
 * by name only and does not change the answer: the flow's sweep removes what is left.
 */
export async function discardClosed(ctx: FlowContext, record: ApprovalRecord): Promise<void> {
  const form = ctx.forms.get(record.kind);
  if (!form?.discard) return;
  try {
    await form.discard(JSON.parse(record.payload) as unknown, ctx, record.accountId);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    ctx.log({ level: 'error', event: 'approval.discard.failed', kind: record.kind, error: name });
  }
}

/** The passkeys that may not approve `record` (its form's `excludeCredentials`); often none. */
export function excludedCredentials(ctx: FlowContext, record: ApprovalRecord): Set<string> {
  const form = ctx.forms.get(record.kind);
  if (!form?.excludeCredentials) return new Set();
  return new Set(form.excludeCredentials(JSON.parse(record.payload) as unknown));
}

/** Stores a pending transaction for the signed-in member; its view. */
export async function createTransaction(
  ctx: FlowContext,
  account: AccountRecord,
  kind: string,
  payload: unknown,
  summary: ApprovalSummary,
): Promise<ApprovalView> {
  const now = ctx.now();
  const record = {
    id: randomBytes(16).toString('base64url'),
    accountId: account.id,
    kind,
    payload: canonicalJson(payload),
    summary: canonicalJson(summary),
    digest: transactionDigest(kind, payload, summary),
    createdAt: now,
    expiresAt: now + ctx.config.approvals.lifetimeMs,
  };
  await ctx.store.use(approvals).create(record);
  await ctx.store.use(audit).append({ event: 'approval.created', accountId: account.id, at: now });
  return approvalView({
    ...record,
    status: 'pending',
    closedAt: null,
    nonce: null,
    number: null,
    claimedAt: null,
    pickedAt: null,
    credentialId: null,
    receipt: null,
    outcome: null,
  });
}

/** A transaction as the browser sees it. */
export function approvalView(record: ApprovalRecord): ApprovalView {
  return {
    id: record.id,
    kind: record.kind,
    summary: JSON.parse(record.summary) as ApprovalSummary,
    status: record.status,
    createdAt: new Date(record.createdAt).toISOString(),
    expiresAt: new Date(record.expiresAt).toISOString(),
  };
}

/** `VALIDATION_FAILED` for one field. */
export function invalid(field: string, problem: string): PortalError {
  return new PortalError('VALIDATION_FAILED', { fields: { [field]: problem } });
}
