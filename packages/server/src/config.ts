import { resetChannels, type PasswordPolicyName, type ResetChannel } from '@portalkit/protocol';
import type { PortalConfig, RelyingParty } from './context.js';
import { resolveDocuments, type DocumentsOptions } from './documents.js';
import type { PortalLog } from './http.js';
import type { MemberRegistry } from './members.js';
import type { Mailer } from './notices/mailer.js';
import type { TrustedProxies } from './security/client-address.js';
import type { Store } from './stores/store.js';

export interface PortalOptions {
  store: Store;
  /** Outbound notices (e-mail, letter, SMS). */
  mail: Mailer;
  /** The insurer's member registry. Registration is on when it is given. */
  members?: MemberRegistry;
  /** Registration with an activation letter (needs `members`). */
  register?: {
    /**
     * The page with `<pk-register>`, an absolute URL on one of `rp.origins`: printed in the letter,
     * and the QR code opens it with the code in the fragment (`#code=…`). Default: the first
     * origin with `/registrieren`.
     */
    activationUrl?: string;
    /** Ask for the last 6 digits of the health card's number (ICCSN). Default false. */
    requireCardNumber?: boolean;
    /** How long an activation code is valid. Default 30, at most 60. */
    codeValidityDays?: number;
    /** Letters (or notices) per member in 24 hours. Default 1. */
    maxLettersPerDay?: number;
    /** Letters (or notices) per member in 30 days. Default 3. */
    maxLettersPerMonth?: number;
    /**
     * Identify requests one client address may make in 24 hours that are acted on; past it, the
     * answer stays the same and nothing is looked up or sent. Default 10.
     */
    maxRequestsPerClient?: number;
    /** Wrong activation codes for one KVNR before its code is void. Default 5. */
    maxCodeFailures?: number;
  };
  /**
   * Forgot password: a one-time code by e-mail, by SMS to the account's verified mobile number, or
   * in a new activation letter by post (needs `members.find`), or the member's passkey; then a
   * new password.
   */
  forgotPassword?: {
    /** The ways a code may travel. Default: all that can work (`letter` only with `members.find`). */
    channels?: ResetChannel[];
    /**
     * The page with `<pk-forgot-password>`, an absolute URL on one of `rp.origins`: printed in
     * the reset letter, whose QR code opens it with the code in the fragment (`#code=…`).
     * Default: the first origin with `/passwort-vergessen`.
     */
    resetUrl?: string;
    /**
     * How long an e-mail or SMS code is valid, in minutes. Default 10, at most 60. (A letter's
     * code lives `register.codeValidityDays`.)
     */
    codeValidityMinutes?: number;
    /** Codes per account in an hour, all channels together. Default 3. */
    maxCodesPerHour?: number;
    /** Code requests one client address may make in an hour (then `RATE_LIMITED`). Default 10. */
    maxRequestsPerClient?: number;
    /** Wrong codes for one account before its code is void. Default 5. */
    maxCodeFailures?: number;
    /** Seconds after a code before the next one is sent (and "send again" offered). Default 60. */
    resendAfterSeconds?: number;
  };
  /**
   * Approvals of protected changes (address, bank details): a pending transaction the member
   * approves with a passkey, on this device or on their phone.
   */
  approvals?: {
    /**
     * The page with `<pk-approve>` that opens an approval on a phone, an absolute URL on one of
     * `rp.origins`: the handoff's QR code and link open it with a token in the fragment
     * (`#t=…`). Default: the first origin with `/freigabe`.
     */
    approveUrl?: string;
    /**
     * Where short links for typing point: `<shortLinkBase>/<code>`, which the site redirects to
     * `approveUrl` with the code in the fragment (`#t=<code>`). Default: approveUrl's origin with
     * `/f`.
     */
    shortLinkBase?: string;
    /** How long a transaction waits for its approval, in seconds. Default 300, at most 900. */
    lifetimeSeconds?: number;
  };
  /**
   * Document upload (sick notes, invoices, applications): where files go (`store`, e.g.
   * `filesystemDocuments(dir)`), the insurer's virus scanner (`scan`), and the categories with
   * their types and limits. Upload is on when it is given.
   */
  documents?: DocumentsOptions;
  /** WebAuthn relying party; `origins` is also the CSRF allow-list for the Origin header. */
  rp: RelyingParty;
  /** Where the API is mounted. Default `/portal`. */
  basePath?: string;
  /** Default `modern`. */
  passwordPolicy?: PasswordPolicyName;
  session?: {
    /** Default 900 (15 minutes). */
    idleTimeoutSeconds?: number;
    /** Default 43200 (12 hours). */
    absoluteTimeoutSeconds?: number;
    /**
     * How long after signing in (or confirming with the password) a member may add a passkey
     * without confirming again. Default 600 (10 minutes).
     */
    confirmationSeconds?: number;
    /** `Secure` + `__Host-` cookies. Default: true unless `rp.id` is `localhost`. */
    secureCookie?: boolean;
  };
  throttle?: {
    /** Wrong passwords for one identifier from one client address, per window. Default 5. */
    maxFailuresPerIdentifierAndClient?: number;
    /**
     * Wrong passwords for one identifier from all addresses in 24 hours (NIST SP 800-63B: at
     * most 100). Past it, password sign-in for that identifier works only from its members'
     * trusted devices (browsers that signed in with it before). Default 100.
     */
    maxFailuresPerIdentifier?: number;
    /** Failed attempts at any secret from one client address, per window. Default 50. */
    maxFailuresPerClient?: number;
    /** The window of the per-client limits, in seconds. Default 900 (15 minutes). */
    windowSeconds?: number;
    /** Passkey challenges one client address may request per 5 minutes. Default 300. */
    maxChallengesPerClient?: number;
  };
  /**
   * Which proxies in front of the portal may name the client (`X-Forwarded-For` / `Forwarded`):
   * their number, or their addresses and CIDR ranges (`['10.0.0.0/8']`, `['loopback']`).
   * Default: none; only the socket's peer address counts.
   */
  trustedProxies?: TrustedProxies;
  /**
   * At least 32 bytes: keys throttle counters and signs cookies. Default: generated on first
   * start and kept in the store, so every server on one database shares it.
   */
  secret?: string;
  /**
   * How often `handle()` deletes expired sessions, challenges and throttle counters, on the first
   * request after the interval. Default 300 (5 minutes); 0 turns it off (then call `sweep()`).
   */
  sweepIntervalSeconds?: number;
  /** Check every response against the route's schema. Default: when NODE_ENV is `test`. */
  validateResponses?: boolean;
  /** Millisecond clock, for tests. */
  now?: () => number;
  /** Operational events; never receives secrets or personal data. */
  log?: PortalLog;
}

const minutes = (n: number) => n * 60_000;
const days = (n: number) => minutes(n * 24 * 60);

function positiveInteger(name: string, value: number | undefined, fallback: number, max = 1e9) {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < 1 || resolved > max) {
    throw new TypeError(`${name} must be a whole number from 1 to ${max}`);
  }
  return resolved;
}

/**
 * A page a letter prints and its QR code opens (`#code=…`): on one of the portal's origins,
 * without a fragment of its own.
 */
function letterPage(options: PortalOptions, name: string, given: string | undefined, path: string) {
  const href = given ?? `${options.rp.origins[0]}${path}`;
  const url = URL.canParse(href) ? new URL(href) : null;
  if (!url || !options.rp.origins.includes(url.origin) || url.hash !== '') {
    throw new TypeError(`${name} must be an absolute URL on one of rp.origins, without a fragment`);
  }
  return url.href;
}

function registerConfig(options: PortalOptions): PortalConfig['register'] {
  const r = options.register ?? {};
  const limit = (option: keyof typeof r & `max${string}`, fallback: number) =>
    positiveInteger(`register.${option}`, r[option], fallback);
  const validityDays = positiveInteger('register.codeValidityDays', r.codeValidityDays, 30, 60);
  const codeValidityMs = days(validityDays);
  return {
    activationUrl: letterPage(
      options,
      'register.activationUrl',
      options.register?.activationUrl,
      '/registrieren',
    ),
    requireCardNumber: r.requireCardNumber ?? false,
    codeValidityMs,
    activationMs: minutes(30),
    lock: {
      lettersPerDay: {
        name: 'letters-day',
        limit: limit('maxLettersPerDay', 1),
        windowMs: days(1),
      },
      lettersPerMonth: {
        name: 'letters-month',
        limit: limit('maxLettersPerMonth', 3),
        windowMs: days(30),
      },
      identify: { name: 'identify', limit: limit('maxRequestsPerClient', 10), windowMs: days(1) },
      // As long as a code lives: a void code stays void until a new letter.
      code: {
        name: 'activation-code',
        limit: limit('maxCodeFailures', 5),
        windowMs: codeValidityMs,
      },
    },
  };
}

function forgotPasswordConfig(
  options: PortalOptions,
  register: PortalConfig['register'],
): PortalConfig['forgotPassword'] {
  const f = options.forgotPassword ?? {};
  const limit = (option: keyof typeof f & `max${string}`, fallback: number) =>
    positiveInteger(`forgotPassword.${option}`, f[option], fallback);
  const letterPossible = options.members?.find !== undefined;
  const channels = f.channels ?? resetChannels.filter((c) => c !== 'letter' || letterPossible);
  if (channels.some((c) => !resetChannels.includes(c))) {
    throw new TypeError(`forgotPassword.channels may list ${resetChannels.join(', ')}`);
  }
  if (channels.includes('letter') && !letterPossible) {
    throw new TypeError('forgotPassword.channels: a letter needs members.find');
  }
  const validity = positiveInteger(
    'forgotPassword.codeValidityMinutes',
    f.codeValidityMinutes,
    10,
    60,
  );
  const resendAfterSeconds = positiveInteger(
    'forgotPassword.resendAfterSeconds',
    f.resendAfterSeconds,
    60,
    3600,
  );
  return {
    channels: [...new Set(channels)],
    resetUrl: letterPage(options, 'forgotPassword.resetUrl', f.resetUrl, '/passwort-vergessen'),
    codeValidityMs: minutes(validity),
    letterCodeValidityMs: register.codeValidityMs,
    bindingMs: minutes(10),
    resendAfterSeconds,
    lock: {
      codesPerHour: {
        name: 'reset-codes',
        limit: limit('maxCodesPerHour', 3),
        windowMs: minutes(60),
      },
      resend: { name: 'reset-resend', limit: 1, windowMs: resendAfterSeconds * 1000 },
      requests: {
        name: 'reset-requests',
        limit: limit('maxRequestsPerClient', 10),
        windowMs: minutes(60),
      },
      // As long as the longest code lives (a letter's): a void code stays void until a new one.
      code: {
        name: 'reset-code',
        limit: limit('maxCodeFailures', 5),
        windowMs: Math.max(minutes(validity), register.codeValidityMs),
      },
    },
  };
}

function approvalsConfig(options: PortalOptions): PortalConfig['approvals'] {
  const a = options.approvals ?? {};
  const approveUrl = letterPage(options, 'approvals.approveUrl', a.approveUrl, '/freigabe');
  const shortLinkBase = (a.shortLinkBase ?? `${new URL(approveUrl).origin}/f`).replace(/\/+$/, '');
  if (!URL.canParse(shortLinkBase)) throw new TypeError('approvals.shortLinkBase must be a URL');
  const lifetime = positiveInteger('approvals.lifetimeSeconds', a.lifetimeSeconds, 300, 900);
  return {
    approveUrl,
    shortLinkBase,
    lifetimeMs: lifetime * 1000,
    pollMs: 2000,
    heartbeatMs: 15_000,
  };
}

/** The options with their defaults, in milliseconds. */
export function resolveConfig(options: PortalOptions): PortalConfig {
  if (options.rp.origins.length === 0) {
    throw new TypeError('rp.origins must list at least one origin');
  }
  const t = options.throttle ?? {};
  const windowMs = (t.windowSeconds ?? 900) * 1000;
  const register = registerConfig(options);
  return {
    basePath: (options.basePath ?? '/portal').replace(/\/+$/, ''),
    rp: options.rp,
    passwordPolicy: options.passwordPolicy ?? 'modern',
    idleMs: (options.session?.idleTimeoutSeconds ?? 900) * 1000,
    absoluteMs: (options.session?.absoluteTimeoutSeconds ?? 43_200) * 1000,
    confirmationMs: (options.session?.confirmationSeconds ?? 600) * 1000,
    cookie: { secure: options.session?.secureCookie ?? options.rp.id !== 'localhost' },
    lock: {
      password: { name: 'password', limit: t.maxFailuresPerIdentifierAndClient ?? 5, windowMs },
      identifier: {
        name: 'identifier',
        limit: t.maxFailuresPerIdentifier ?? 100,
        windowMs: minutes(24 * 60),
      },
      client: { name: 'client', limit: t.maxFailuresPerClient ?? 50, windowMs },
      challenges: {
        name: 'challenges',
        limit: t.maxChallengesPerClient ?? 300,
        windowMs: minutes(5),
      },
      notice: { name: 'notice', limit: 1, windowMs: minutes(24 * 60) },
    },
    challengeTtlMs: minutes(5),
    register,
    forgotPassword: forgotPasswordConfig(options, register),
    approvals: approvalsConfig(options),
    documents: resolveDocuments(options.documents),
    validateResponses: options.validateResponses ?? process.env.NODE_ENV === 'test',
  };
}
