import * as z from 'zod/mini';
import { approvalPending } from './approve.js';
import { loginResponse } from './login.js';
import { signalDetails } from './passkeys.js';
import { call, Empty, onFirstUse, route } from './route.js';

// The member's account (`<pk-account>`): the e-mail address, a new password, the sessions on
// other devices, and ending the registration. The answers' schemas are built on first use
// (`onFirstUse`, see route.ts).

const accountView = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    account: z.object({
      displayName: z.string(),
      /** The member's own address, in full: only the signed-in member sees it. */
      email: z.string(),
      /** How many passkeys the account has (ending the registration removes them too). */
      passkeys: z.number(),
    }),
    /** For the Signal API once the e-mail address, the name the passkeys carry, changed. */
    signal: signalDetails(),
  }),
);
export const AccountView = /* @__PURE__ */ accountView();
export type AccountView = z.infer<typeof AccountView>;

// Only the server parses these: every call is marked pure, nested ones too (see webauthn.ts).
const secret = () =>
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1024));

export const ChangePasswordRequest = /* @__PURE__ */ z.object({
  /**
   * Wrong: `CREDENTIALS_INVALID` (401, the session stays), counted as a failed sign-in with the
   * KVNR: after a few, `RATE_LIMITED` as signing in is.
   */
  current: /* @__PURE__ */ secret(),
  /** The policy's rules, and none of the last 10 (`PASSWORD_REJECTED`). */
  password: /* @__PURE__ */ secret(),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const ChangeEmailRequest = /* @__PURE__ */ z.object({
  email: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(254)),
});
export type ChangeEmailRequest = z.infer<typeof ChangeEmailRequest>;

const emailCodeSent = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** The address the code went to, as typed (normalized). */
    email: z.string(),
    /** Seconds the code stays valid. */
    expiresIn: z.number(),
    /** Seconds until another code may be asked for. */
    resendIn: z.number(),
  }),
);
export const EmailCodeSent = /* @__PURE__ */ emailCodeSent();
export type EmailCodeSent = z.infer<typeof EmailCodeSent>;

export const VerifyEmailRequest = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(32)),
});
export type VerifyEmailRequest = z.infer<typeof VerifyEmailRequest>;

const sessionView = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** An opaque handle for ending it: never the session id or its hash. */
    id: z.string(),
    /**
     * The browser family (`Firefox`) and operating system (`Windows`) of the request that signed
     * in, where its User-Agent names them: the element words them in its own language.
     */
    browser: z.optional(z.string()),
    system: z.optional(z.string()),
    method: z.enum(['password', 'passkey']),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    /** The session this request came with. */
    current: z.boolean(),
  }),
);
export type SessionView = z.infer<ReturnType<typeof sessionView>>;

const sessionList = /* @__PURE__ */ onFirstUse(() =>
  z.object({ sessions: z.array(sessionView()) }),
);
export const SessionList = /* @__PURE__ */ sessionList();
export type SessionList = z.infer<typeof SessionList>;

export const EndSessionRequest = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
});
export type EndSessionRequest = z.infer<typeof EndSessionRequest>;

const account = /* @__PURE__ */ call('GET', '/account', accountView);
/** A new password: every other session ends, this one gets a new id; a notice goes out. */
const password = /* @__PURE__ */ call('POST', '/account/password', loginResponse);
/**
 * A code to the new address (6 digits, 10 minutes, 5 tries). An address another account uses
 * gets the same answer, and a notice instead of a code: nobody learns whose address it is.
 */
const emailCode = /* @__PURE__ */ call('POST', '/account/email', emailCodeSent);
/** The code from the new address: the address changes, and a notice goes to the old one. */
const emailVerify = /* @__PURE__ */ call('POST', '/account/email/verify', accountView);
/** The member's live sessions, the current one first. */
const sessions = /* @__PURE__ */ call('GET', '/account/sessions', sessionList);
/** Ends one other session (`NOT_FOUND` for an unknown one or the current one). */
const endSession = /* @__PURE__ */ call('POST', '/account/sessions/end', sessionList);
/** Ends every session but this one (ASVS 7.5.2). */
const endOtherSessions = /* @__PURE__ */ call('POST', '/account/sessions/end-others', sessionList);
/**
 * Ending the registration: answers a pending approval. Once approved, every session and passkey
 * is revoked, the account's personal data deleted (the audit log keeps what it must), and a
 * letter confirms it; only registering anew leads back in.
 */
const end = /* @__PURE__ */ call('POST', '/account/end', approvalPending);

export const accountCalls = {
  account,
  password,
  emailCode,
  emailVerify,
  sessions,
  endSession,
  endOtherSessions,
  end,
};

export const accountRoutes = {
  account: /* @__PURE__ */ route(account, Empty),
  password: /* @__PURE__ */ route(password, ChangePasswordRequest),
  emailCode: /* @__PURE__ */ route(emailCode, ChangeEmailRequest),
  emailVerify: /* @__PURE__ */ route(emailVerify, VerifyEmailRequest),
  sessions: /* @__PURE__ */ route(sessions, Empty),
  endSession: /* @__PURE__ */ route(endSession, EndSessionRequest),
  endOtherSessions: /* @__PURE__ */ route(endOtherSessions, Empty),
  end: /* @__PURE__ */ route(end, Empty),
};
