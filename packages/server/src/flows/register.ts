import { randomBytes, randomUUID } from 'node:crypto';
import {
  isIsoDate,
  parseActivationCode,
  parseIdentifier,
  parseKvnr,
  parsePostcode,
  registerRoutes,
  type IdentifyRequest,
} from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import type { MemberRegistry } from '../members.js';
import { sendNotice } from '../notices/send.js';
import { passwordHashing } from '../password/hash.js';
import { checkNewPassword } from '../password/policy.js';
import { endpoint, type FlowModule } from '../router.js';
import { clientLock, count, lockKey, refuseOverLimit } from '../security/lock.js';
import { cookieName } from '../session/cookie.js';
import { isSessionId, randomId, sha256 } from '../session/session-id.js';
import { issueSessionCookie, mintSession, signedInView } from '../session/sessions.js';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { registration, type Registrant } from '../stores/registration.js';
import { activationCodeHash, newActivationCode, sendActivationLetter } from './register-letter.js';

type RegisterRoutes = typeof registerRoutes;

/** Registration is on when the portal has a member registry to check against. */
function registry(ctx: FlowContext): MemberRegistry {
  if (!ctx.members) throw new PortalError('NOT_FOUND');
  return ctx.members;
}

type MemberQuery = Parameters<MemberRegistry['verify']>[0] & { email: string };

/**
 * An e-mail address as a member types it, normalized (trimmed, lower-cased), or its problem:
 * `empty`, or `emailFormat` (also for a KVNR, which is no address).
 */
export function parseEmail(
  input: string,
): { ok: true; value: string } | { ok: false; problem: 'empty' | 'emailFormat' } {
  const email = parseIdentifier(input);
  if (email.ok && email.kind === 'email') return { ok: true, value: email.value };
  return { ok: false, problem: !email.ok && email.problem === 'empty' ? 'empty' : 'emailFormat' };
}

/** The identify request, normalized; `VALIDATION_FAILED` naming every malformed field. */
function parseIdentify(input: IdentifyRequest, ctx: FlowContext): MemberQuery {
  const fields: Record<string, string> = {};
  const kvnr = parseKvnr(input.kvnr);
  if (!kvnr.ok) fields.kvnr = kvnr.problem;
  const postcode = parsePostcode(input.postcode);
  if (!postcode.ok) fields.postcode = postcode.problem;
  const birthDate = input.birthDate.trim();
  if (!isIsoDate(birthDate)) fields.birthDate = birthDate === '' ? 'empty' : 'format';
  const email = parseEmail(input.email);
  if (!email.ok) fields.email = email.problem;
  const cardNumber = input.cardNumber?.replace(/\s+/g, '') ?? '';
  const { requireCardNumber } = ctx.config.register;
  if (requireCardNumber && !/^\d{6}$/.test(cardNumber)) {
    fields.cardNumber = cardNumber === '' ? 'empty' : 'format';
  }
  if (!kvnr.ok || !postcode.ok || !email.ok || Object.keys(fields).length > 0) {
    throw new PortalError('VALIDATION_FAILED', { fields });
  }
  return {
    kvnr: kvnr.value,
    postcode: postcode.value,
    birthDate,
    email: email.value,
    ...(requireCardNumber ? { cardNumber } : {}),
  };
}

/**
 * Asks for an activation letter. Every well-formed request gets the same answer, with the same
 * headers, after the same work (count the client's request): the registry is asked only once
 * the answer is out (`ctx.after`), so neither its body nor its timing tells whether the data
 * matched, did not, or belong to a member with an account (OWASP Authentication Cheat Sheet,
 * "Authentication Responses"). What happened is audited, never shown. The work after a match
 * (one letter per member and day) still loads the server for a few milliseconds; the per-client
 * limit bounds how often anyone can watch for that.
 */
export const identify: Flow<RegisterRoutes['identify']> = async (input, ctx) => {
  const members = registry(ctx);
  const query = parseIdentify(input, ctx);
  const client = lockKey(ctx, ctx.config.register.lock.identify, ctx.client.group);
  const counted = await count(ctx, [client]);
  const clientAllowed = !counted.exceeds(client.rule);
  ctx.after(() => requestLetter(ctx, members, query, clientAllowed));
  return { letter: 'requested' };
};

/** After the answer: the letter, a notice instead, or nothing; the reason in the audit log. */
async function requestLetter(
  ctx: FlowContext,
  members: MemberRegistry,
  { email, ...query }: MemberQuery,
  clientAllowed: boolean,
): Promise<void> {
  const outcome = (name: string, accountId: string | null = null) =>
    ctx.store.use(audit).append({ event: `register.identify.${name}`, accountId, at: ctx.now() });
  if (!clientAllowed) return outcome('client-limit');
  const member = await members.verify(query);
  if (!member) return outcome('no-match');
  // The month counts only what the day lets through: letters, not requests.
  const { lettersPerDay, lettersPerMonth } = ctx.config.register.lock;
  for (const rule of [lettersPerDay, lettersPerMonth]) {
    const letters = await count(ctx, [lockKey(ctx, rule, query.kvnr)]);
    if (letters.exceeds(rule)) return outcome('member-limit');
  }

  // Someone with an account gets a notice at the address on file, not a letter: the account is
  // theirs already, and whoever asked learns nothing.
  const existing = ctx.store.use(accounts);
  const account = await existing.findByKvnr(query.kvnr);
  if (account) {
    await sendNotice(ctx, account, 'registration-attempt');
    return outcome('registered', account.id);
  }
  const emailOwner = await existing.findByEmail(email);
  if (emailOwner) {
    await sendNotice(ctx, emailOwner, 'registration-attempt');
    return outcome('email-taken', emailOwner.id);
  }

  const code = newActivationCode();
  const now = ctx.now();
  const validUntil = now + ctx.config.register.codeValidityMs;
  await ctx.store.use(registration).issue(
    {
      kvnr: query.kvnr,
      codeHash: activationCodeHash(ctx, query.kvnr, code),
      email,
      displayName: member.name,
      locale: member.locale ?? 'de',
      createdAt: now,
      expiresAt: validUntil,
    },
    // A new code starts with no failures, even where the last one was voided by them.
    { clear: [codeLock(ctx, query.kvnr).key] },
  );
  await sendActivationLetter(ctx, member, code, validUntil);
  return outcome('letter-sent');
}

/** Wrong activation codes for one KVNR, whether or not it has a registration. */
const codeLock = (ctx: FlowContext, kvnr: string) =>
  lockKey(ctx, ctx.config.register.lock.code, kvnr);

const registrationCookie = (ctx: FlowContext) => cookieName('pk_registration', ctx.config.cookie);

function clearRegistrationCookie(ctx: FlowContext): void {
  ctx.cookies.set(registrationCookie(ctx), '', { maxAge: 0 });
}

/**
 * Accepts the letter's code. Every attempt is counted for the KVNR and the client before the code
 * is checked, for KVNRs with and without a registration alike; the attempt that reaches the limit
 * voids the code (`CODE_LOCKED` until a new letter), and the member is told by e-mail. A wrong,
 * expired and spent code get one answer. The right code binds this browser to the registration
 * for `activationMs` with an HttpOnly cookie whose SHA-256 is stored (the last browser to
 * activate holds it).
 */
export const activate: Flow<RegisterRoutes['activate']> = async (input, ctx) => {
  registry(ctx);
  const kvnr = parseKvnr(input.kvnr);
  const code = parseActivationCode(input.code);
  if (!kvnr.ok || !code.ok) {
    const fields: Record<string, string> = {};
    if (!kvnr.ok) fields.kvnr = kvnr.problem;
    if (!code.ok) fields.code = code.problem;
    throw new PortalError('VALIDATION_FAILED', { fields });
  }
  const perKvnr = codeLock(ctx, kvnr.value);
  const client = clientLock(ctx);
  const attempt = await count(ctx, [perKvnr, client]);
  if (attempt.exceeds(perKvnr.rule)) throw new PortalError('CODE_LOCKED');
  refuseOverLimit(ctx, [client], attempt.records.slice(1));

  const binding = randomId();
  const now = ctx.now();
  const { activationMs } = ctx.config.register;
  const activated = await ctx.store.use(registration).activate({
    kvnr: kvnr.value,
    codeHash: activationCodeHash(ctx, kvnr.value, code.value),
    bindingHash: sha256(binding),
    bindingExpiresAt: now + activationMs,
    now,
    throttle: { clear: [perKvnr.key], refund: [client.key] },
    audit: { event: 'register.activated', accountId: null, at: now },
  });
  if (!activated) {
    await ctx.store.use(audit).append({ event: 'register.activate.failure', at: now });
    if (!attempt.reachesLimit(perKvnr.rule)) throw new PortalError('CODE_INVALID');
    ctx.after(() => lockCode(ctx, kvnr.value));
    throw new PortalError('CODE_LOCKED');
  }
  ctx.cookies.set(registrationCookie(ctx), binding, { maxAge: Math.floor(activationMs / 1000) });
  return { activated: true, displayName: activated.displayName };
};

/** After the answer: voids the code and tells the address given with the request. */
async function lockCode(ctx: FlowContext, kvnr: string): Promise<void> {
  const revoked = await ctx.store.use(registration).revoke(kvnr);
  await ctx.store.use(audit).append({ event: 'register.activate.locked', at: ctx.now() });
  ctx.log({ level: 'warn', event: 'register.activate.locked' });
  if (revoked) {
    await sendNotice(ctx, revoked, 'activation-locked', {
      failures: ctx.config.register.lock.code.limit,
    });
  }
}

/** The registration this browser's cookie holds while it lives; a dead cookie is cleared. */
async function presentedRegistration(
  ctx: FlowContext,
): Promise<{ bindingHash: string; registrant: Registrant } | null> {
  const raw = ctx.cookies.get(registrationCookie(ctx));
  if (raw === null) return null;
  const bindingHash = isSessionId(raw) ? sha256(raw) : null;
  const registrant = bindingHash
    ? await ctx.store.use(registration).find(bindingHash, ctx.now())
    : null;
  if (!bindingHash || !registrant) {
    clearRegistrationCookie(ctx);
    return null;
  }
  return { bindingHash, registrant };
}

/** Where this browser's registration stands, so the element resumes after a reload. */
export const registrationState: Flow<RegisterRoutes['state']> = async (_input, ctx) => {
  registry(ctx);
  const presented = await presentedRegistration(ctx);
  return presented
    ? { activated: true, displayName: presented.registrant.displayName }
    : { activated: false };
};

/**
 * Sets the first password: the policy with the member's own data as context, then one store step
 * that spends the code, creates the account and starts the session (so two browsers racing with
 * one code make one account at most), then the session cookie as every sign-in sets it.
 */
export const setPassword: Flow<RegisterRoutes['password']> = async (input, ctx) => {
  registry(ctx);
  const presented = await presentedRegistration(ctx);
  if (!presented) throw new PortalError('REGISTRATION_REQUIRED');
  const { kvnr, email, displayName } = presented.registrant;
  const context = { kvnr, email, name: displayName, username: kvnr };
  const check = await checkNewPassword(ctx.config.passwordPolicy, input.password, context, []);
  if (!check.ok) {
    throw new PortalError('PASSWORD_REJECTED', { fields: { password: check.failed.join(' ') } });
  }

  const passwordHash = await passwordHashing.hash(input.password);
  const accountId = randomUUID();
  const { id, record } = mintSession(ctx, accountId, 'password');
  const account = await ctx.store.use(registration).complete(
    presented.bindingHash,
    ctx.now(),
    {
      id: accountId,
      passwordHash,
      webauthnUserId: new Uint8Array(randomBytes(32)),
      createdAt: record.createdAt,
    },
    {
      session: record,
      replacesSessionHash: ctx.presentedSessionHash,
      audit: { event: 'register.completed', accountId, at: record.createdAt },
    },
  );
  clearRegistrationCookie(ctx);
  if (!account) throw new PortalError('REGISTRATION_REQUIRED');
  issueSessionCookie(ctx, id);
  ctx.after(() => sendNotice(ctx, account, 'account-created'));
  return { session: signedInView(record, account.displayName, ctx.config, record.createdAt) };
};

export const registerFlow: FlowModule = {
  name: 'register',
  endpoints: [
    endpoint(registerRoutes.identify, { access: 'anonymous' }, identify),
    endpoint(registerRoutes.state, { access: 'anonymous' }, registrationState),
    endpoint(registerRoutes.activate, { access: 'anonymous' }, activate),
    endpoint(registerRoutes.password, { access: 'anonymous' }, setPassword),
  ],
  sweep: async ({ store, now }) => ({ registrations: await store.use(registration).sweep(now) }),
};
