import { randomInt } from 'node:crypto';
import { approveRoutes } from '@portalkit/protocol';
import QRCode from 'qrcode';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import { requireSession } from '../session/sessions.js';
import { randomId, sha256 } from '../session/session-id.js';
import { approvals } from '../stores/approvals.js';
import { audit } from '../stores/audit.js';
import { pendingTransaction } from './approve.js';
import { approvalView, discardClosed } from './protected-form.js';

type Routes = typeof approveRoutes;

// Approving on the member's phone without an app: the waiting browser shows a QR code and a
// short link that open the transaction there (the member signed in on the phone too), and a
// two-digit number the phone asks to pick from three before its passkey prompt. Against push
// fatigue and approving the wrong request: a wrong pick cancels the transaction.

/** Letters and digits nobody confuses when typing a short link (no I, L, O, 0, 1). */
const shortCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const shortCodeLength = 6;

function shortCode(): string {
  let code = '';
  for (let i = 0; i < shortCodeLength; i++) code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  return code;
}

/**
 * What a claimed token is stored as: the link's token as is, a short code upper case (typed
 * codes come in either case).
 */
function tokenHash(token: string): string {
  return sha256(token.length === shortCodeLength ? token.toUpperCase() : token);
}

/** Two distinct digits `10` to `99`. */
const twoDigits = () => String(randomInt(10, 100));

/** The QR code's modules as rows of `1` (dark) and `0`, without the quiet zone. */
function qrModules(text: string): { size: number; modules: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let bits = '';
  for (const bit of modules.data) bits += bit ? '1' : '0';
  return { size: modules.size, modules: bits };
}

/**
 * A new handoff of a pending transaction (replacing an earlier one): a random token in the link's
 * fragment (which no server log and no Referer sees), a short code for typing, both stored as
 * SHA-256 and spent by the first claim; and the number to pick.
 */
export const handOff: Flow<Routes['handoff']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const record = await pendingTransaction(ctx, input.id);
  const token = randomId();
  const code = shortCode();
  const number = twoDigits();
  const handoff = { tokenHash: tokenHash(token), shortCodeHash: tokenHash(code), number };
  const updated = await ctx.store.use(approvals).handoff(record.id, account.id, handoff, ctx.now());
  if (!updated) throw new PortalError('APPROVAL_CLOSED');
  const link = new URL(ctx.config.approvals.approveUrl);
  link.hash = `t=${token}`;
  return {
    link: link.href,
    shortLink: `${ctx.config.approvals.shortLinkBase}/${code}`,
    number,
    expiresAt: new Date(record.expiresAt).toISOString(),
    qr: qrModules(link.href),
  };
};

/** The right number and two others, shuffled. */
function choicesWith(number: string): string[] {
  const choices = new Set([number]);
  while (choices.size < 3) choices.add(twoDigits());
  const list = [...choices];
  for (let i = list.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * The phone claims the handoff with the link's token or the short code, signed in as the member
 * whose transaction it is (another member's token is `NOT_FOUND`, as an unknown one). Not counted
 * as an attempt at a secret: a claim only ever finds the signed-in member's own transaction, so a
 * guessed code gives nothing the session does not give already.
 */
export const claimHandoff: Flow<Routes['claim']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const claimed = await ctx.store
    .use(approvals)
    .claim(account.id, tokenHash(input.token.trim()), ctx.now());
  if (!claimed?.number) throw new PortalError('NOT_FOUND');
  await ctx.store.use(audit).append({
    event: 'approval.claimed',
    accountId: account.id,
    at: ctx.now(),
  });
  return { approval: approvalView(claimed), choices: choicesWith(claimed.number) };
};

async function cancel(ctx: FlowContext, id: string, accountId: string) {
  const event = { event: 'approval.cancelled' as const, accountId, at: ctx.now() };
  const cancelled = await ctx.store.use(approvals).close(id, accountId, 'cancelled', event);
  ctx.changes.notify(id);
  if (!cancelled) throw new PortalError('APPROVAL_CLOSED');
  await discardClosed(ctx, cancelled);
  return cancelled;
}

/**
 * The number picked on the phone: the right one lets the phone ask for the passkey (options and
 * verify); a wrong one cancels the transaction, final and audited, and the waiting device learns
 * it from its event stream.
 */
export const pickNumber: Flow<Routes['pick']> = async (input, ctx) => {
  const { account } = requireSession(ctx);
  const record = await pendingTransaction(ctx, input.id);
  if (record.claimedAt === null || record.number === null) {
    throw new PortalError('VALIDATION_FAILED', { fields: { number: 'notClaimed' } });
  }
  if (record.pickedAt !== null) return { approval: approvalView(record) };
  if (input.number !== record.number) {
    return { approval: approvalView(await cancel(ctx, record.id, account.id)) };
  }
  const picked = await ctx.store.use(approvals).picked(record.id, account.id, ctx.now());
  if (!picked) throw new PortalError('APPROVAL_CLOSED');
  return { approval: approvalView(picked) };
};
