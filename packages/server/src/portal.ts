import { createAccount, type NewAccount } from './accounts.js';
import { afterWork } from './after.js';
import { resolveConfig, type PortalOptions } from './config.js';
import { flows } from './flows/all.js';
import type { PortalLog } from './http.js';
import { createPipeline } from './pipeline.js';
import { readCookie } from './session/cookie.js';
import { lookUpSession, presentedSessionHash, sessionCookieName } from './session/sessions.js';
import { createSweeper, type SweepResult } from './sweeper.js';

export interface Portal {
  /**
   * Answers every request below the base path; anything else is a JSON 404. `clientAddress` is
   * the socket's peer (the adapters pass it); behind proxies, set `trustedProxies`.
   */
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
   * Creates a member account (seed data, a migration). Does nothing and answers
   * `created: false` with the existing account's id if the KVNR or e-mail is taken.
   */
  createAccount(input: NewAccount): Promise<{ accountId: string; created: boolean }>;
  /**
   * Deletes expired sessions, challenges, throttle counters and the flows' expired rows now.
   * `handle()` does this by itself every `sweepIntervalSeconds`; call it from a scheduled job if
   * you set that to 0.
   */
  sweep(): Promise<SweepResult>;
  /**
   * Resolves once the work that answers left for later has finished (a registration's lookup,
   * letter and notices run after the answer, so their timing cannot show). Await it before
   * closing the store on shutdown; tests await it before looking at the outbox.
   */
  settled(): Promise<void>;
  /** The `log` option, or the default that prints warnings and errors. Adapters report to it. */
  readonly log: PortalLog;
}

const defaultLog: PortalLog = (line) => {
  if (line.level !== 'info') console.error(JSON.stringify(line));
};

export function createPortal(options: PortalOptions): Portal {
  const config = resolveConfig(options);
  const { store } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? defaultLog;
  const sweeper = createSweeper({
    store,
    config,
    flows,
    now,
    log,
    intervalMs: (options.sweepIntervalSeconds ?? 300) * 1000,
  });
  const work = afterWork(log);
  const handle = createPipeline({
    store,
    mail: options.mail,
    members: options.members,
    config,
    flows,
    now,
    log,
    trustedProxies: options.trustedProxies,
    secret: options.secret,
    beforeEach: sweeper.whenDue,
    afterWork: work,
  });

  async function getSession(request: Request) {
    const idHash = presentedSessionHash(readCookie(request, sessionCookieName(config)));
    const lookup = await lookUpSession(store, config, idHash, now());
    if (lookup.state !== 'active') return null;
    const { record, account } = lookup.session;
    return { accountId: account.id, displayName: account.displayName, method: record.method };
  }

  return {
    handle,
    getSession,
    createAccount: (input) => createAccount(store, now(), input),
    sweep: sweeper.sweep,
    settled: work.settled,
    log,
  };
}

export type CreatePortalOptions = PortalOptions;
