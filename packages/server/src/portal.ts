import { randomBytes, randomUUID } from 'node:crypto';
import { parseIdentifier, parseKvnr, type PasswordPolicyName } from '@portalkit/protocol';
import type { FlowContext, PortalConfig, RelyingParty } from './context.js';
import { PortalError } from './errors.js';
import {
  describeError,
  isJsonContentType,
  jsonResponse,
  readCookie,
  readJsonBody,
  toErrorResponse,
  type PortalLog,
} from './http.js';
import type { MemberRegistry } from './members.js';
import type { Mailer } from './notices/mailer.js';
import { passwordHashing } from './password/hash.js';
import { match, type SessionMode } from './router.js';
import { clearedSessionCookie, cookieSettings, sessionCookie } from './session/cookie.js';
import { isSessionId, sha256 } from './session/session-id.js';
import { lookUpSession } from './session/sessions.js';
import type { AccountRecord, Store, SweepResult } from './stores/store.js';

export interface Portal {
  /** Answers every request below the base path; anything else is a JSON 404. */
  handle(request: Request, context?: { clientAddress?: string }): Promise<Response>;
  /**
   * For the host site's own pages: the signed-in session of a request, or null. Does not extend
   * the idle time.
   */
  getSession(request: Request): Promise<{
    accountId: string;
    displayName: string;
    method: 'password' | 'passkey';
  } | null>;
  /**
   * Creates a member account (seed data now, registration later). Does nothing and answers
   * `created: false` with the existing account's id if the KVNR or e-mail is taken.
   */
  createAccount(input: {
    kvnr: string;
    email: string;
    displayName: string;
    password: string;
    locale?: 'de' | 'en';
  }): Promise<{ accountId: string; created: boolean }>;
  /**
   * Deletes expired sessions, challenges and throttle counters now. `handle()` does this by
   * itself every `sweepIntervalSeconds`; call it from a scheduled job if you set that to 0.
   */
  sweep(): Promise<SweepResult>;
}

const defaultLog: PortalLog = (line) => {
  if (line.level !== 'info') console.error(JSON.stringify(line));
};

export function createPortal(options: {
  store: Store;
  /** Outbound notices (e-mail, letter, SMS). */
  mail: Mailer;
  /** The insurer's member registry. */
  members?: MemberRegistry;
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
    /** `Secure` + `__Host-` cookie. Default: true unless `rp.id` is `localhost`. */
    secureCookie?: boolean;
  };
  throttle?: {
    /** Failed password sign-ins per identifier (KVNR or e-mail) in a window. Default 5. */
    maxFailuresPerIdentifier?: number;
    /** Failed sign-ins (password and passkey) per client address in a window. Default 50. */
    maxFailuresPerClient?: number;
    /** Default 900 (15 minutes). */
    windowSeconds?: number;
  };
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
}): Portal {
  if (options.rp.origins.length === 0) {
    throw new TypeError('rp.origins must list at least one origin');
  }
  const { store, mail, members } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? defaultLog;
  const config: PortalConfig = {
    basePath: (options.basePath ?? '/portal').replace(/\/+$/, ''),
    rp: options.rp,
    passwordPolicy: options.passwordPolicy ?? 'modern',
    idleMs: (options.session?.idleTimeoutSeconds ?? 900) * 1000,
    absoluteMs: (options.session?.absoluteTimeoutSeconds ?? 43_200) * 1000,
    cookie: cookieSettings(options.session?.secureCookie ?? options.rp.id !== 'localhost'),
    throttle: {
      perIdentifier: options.throttle?.maxFailuresPerIdentifier ?? 5,
      perClient: options.throttle?.maxFailuresPerClient ?? 50,
      windowMs: (options.throttle?.windowSeconds ?? 900) * 1000,
    },
    challengeTtlMs: 5 * 60_000,
    bodyLimit: 64 * 1024,
    validateResponses: options.validateResponses ?? process.env.NODE_ENV === 'test',
  };
  const sweepIntervalMs = (options.sweepIntervalSeconds ?? 300) * 1000;
  let sweptAt = -Infinity;
  // Computed once: unknown members are verified against it, so they cost what members cost.
  const dummyHash = passwordHashing.hash(randomBytes(32).toString('base64url'));

  function pathBelowBase(pathname: string): string | null {
    if (config.basePath === '') return pathname;
    return pathname.startsWith(`${config.basePath}/`)
      ? pathname.slice(config.basePath.length)
      : null;
  }

  function presentedSessionHash(request: Request): string | null {
    const raw = readCookie(request, config.cookie.name);
    return raw && isSessionId(raw) ? sha256(raw) : null;
  }

  async function context(
    request: Request,
    clientAddress: string | undefined,
    mode: SessionMode,
    cookies: string[],
  ): Promise<FlowContext> {
    const idHash = presentedSessionHash(request);
    const ctx: FlowContext = {
      store,
      mail,
      members,
      config,
      now,
      log,
      client: { address: clientAddress, userAgent: request.headers.get('User-Agent') ?? undefined },
      session: null,
      presentedSessionHash: idHash,
      dummyHash,
      cookies: {
        issue: (id) => cookies.push(sessionCookie(config.cookie, id)),
        clear: () => cookies.push(clearedSessionCookie(config.cookie)),
      },
    };
    if (mode === 'none') return ctx;
    const at = now();
    const lookup = await lookUpSession(store, config, idHash, at);
    if (lookup.state === 'expired') {
      await store.deleteSession(lookup.idHash);
      ctx.cookies.clear();
      if (mode === 'required') throw new PortalError('SESSION_EXPIRED');
    } else if (lookup.state === 'none') {
      if (mode === 'required') throw new PortalError('SESSION_REQUIRED');
    } else {
      ctx.session = lookup.session;
      if (mode === 'required') {
        await store.touchSession(lookup.session.record.idHash, at);
        lookup.session.record.lastSeenAt = at;
      }
    }
    return ctx;
  }

  async function sweep(): Promise<SweepResult> {
    const at = now();
    sweptAt = at;
    const result = await store.sweep({
      sessionLastSeenAt: at - config.idleMs,
      sessionCreatedAt: at - config.absoluteMs,
      challengeExpiresAt: at,
      throttleWindowStart: at - config.throttle.windowMs,
    });
    log({ level: 'info', event: 'store.swept', ...result });
    return result;
  }

  /** A sweep that fails is logged and tried again next interval; the request goes on. */
  async function sweepWhenDue(): Promise<void> {
    if (sweepIntervalMs <= 0 || now() - sweptAt < sweepIntervalMs) return;
    try {
      await sweep();
    } catch (error) {
      log({ level: 'error', event: 'store.sweep.failed', ...describeError(error) });
    }
  }

  async function handle(request: Request, extra: { clientAddress?: string } = {}) {
    await sweepWhenDue();
    const cookies: string[] = [];
    let allow: string | undefined;
    try {
      const path = pathBelowBase(new URL(request.url).pathname);
      const found = path === null ? null : match(request.method, path);
      if (!found) throw new PortalError('NOT_FOUND');
      if ('allow' in found) {
        allow = found.allow.join(', ');
        throw new PortalError('METHOD_NOT_ALLOWED');
      }
      const { endpoint } = found;
      let body: unknown = {};
      if (endpoint.route.method === 'POST') {
        // CSRF defence: a cross-site form cannot send JSON, and browsers always send Origin
        // on POST; both together leave no simple request a foreign page could forge.
        if (!isJsonContentType(request.headers.get('Content-Type'))) {
          throw new PortalError('CONTENT_TYPE_UNSUPPORTED');
        }
        const origin = request.headers.get('Origin');
        if (!origin || !config.rp.origins.includes(origin)) {
          throw new PortalError('ORIGIN_FORBIDDEN');
        }
        body = await readJsonBody(request, config.bodyLimit);
      }
      const input = endpoint.route.input.safeParse(body);
      if (!input.success) {
        const fields: Record<string, string> = {};
        for (const issue of input.error.issues) fields[issue.path.join('.') || 'body'] = 'invalid';
        throw new PortalError('VALIDATION_FAILED', { fields });
      }
      const ctx = await context(request, extra.clientAddress, endpoint.session, cookies);
      const output = await endpoint.handle(input.data, ctx);
      if (config.validateResponses && !endpoint.route.output.safeParse(output).success) {
        throw new Error(
          `response of ${endpoint.route.method} ${endpoint.route.path} breaks its schema`,
        );
      }
      return jsonResponse(200, output, cookies);
    } catch (error) {
      const response = toErrorResponse(error, log, cookies);
      if (allow) response.headers.set('Allow', allow);
      return response;
    }
  }

  async function getSession(request: Request) {
    const lookup = await lookUpSession(store, config, presentedSessionHash(request), now());
    if (lookup.state !== 'active') return null;
    const { record, account } = lookup.session;
    return { accountId: account.id, displayName: account.displayName, method: record.method };
  }

  async function createAccount(input: Parameters<Portal['createAccount']>[0]) {
    const kvnr = parseKvnr(input.kvnr);
    const email = parseIdentifier(input.email);
    if (!kvnr.ok || !email.ok || email.kind !== 'email') {
      const fields: Record<string, string> = {};
      if (!kvnr.ok) fields.kvnr = kvnr.problem;
      if (!email.ok || email.kind !== 'email') fields.email = 'emailFormat';
      throw new PortalError('VALIDATION_FAILED', { fields });
    }
    const existing = async () =>
      (await store.findAccountByKvnr(kvnr.value)) ?? (await store.findAccountByEmail(email.value));
    const before = await existing();
    if (before) return { accountId: before.id, created: false };

    const passwordHash = await passwordHashing.hash(input.password);
    const account: AccountRecord = {
      id: randomUUID(),
      kvnr: kvnr.value,
      email: email.value,
      displayName: input.displayName,
      locale: input.locale ?? 'de',
      passwordHash,
      webauthnUserId: new Uint8Array(randomBytes(32)),
      createdAt: now(),
    };
    if (!(await store.createAccount(account))) {
      // Someone else created it between the check and the insert.
      return { accountId: (await existing())?.id ?? '', created: false };
    }
    await store.addPasswordHistory(account.id, passwordHash, account.createdAt);
    return { accountId: account.id, created: true };
  }

  return { handle, getSession, createAccount, sweep };
}

export type CreatePortalOptions = Parameters<typeof createPortal>[0];
