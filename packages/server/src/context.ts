import type { PasswordPolicyName, Route, RouteInput, RouteOutput } from '@portalkit/protocol';
import type { PortalLog } from './http.js';
import type { MemberRegistry } from './members.js';
import type { Mailer } from './notices/mailer.js';
import type { CookieSettings } from './session/cookie.js';
import type { AccountRecord, SessionRecord, Store } from './stores/store.js';

export interface RelyingParty {
  /** WebAuthn RP ID: the site's registrable domain or host, e.g. `meine.lindenhof-bkk.de`. */
  id: string;
  /** Shown by the browser's passkey dialog. */
  name: string;
  /** Exact origins the portal's pages run on; also the CSRF allow-list. */
  origins: string[];
}

/** Options resolved to their defaults, in the units the code uses (milliseconds). */
export interface PortalConfig {
  basePath: string;
  rp: RelyingParty;
  passwordPolicy: PasswordPolicyName;
  idleMs: number;
  absoluteMs: number;
  cookie: CookieSettings;
  throttle: { perIdentifier: number; perClient: number; windowMs: number };
  challengeTtlMs: number;
  bodyLimit: number;
  validateResponses: boolean;
}

export interface ActiveSession {
  record: SessionRecord;
  account: AccountRecord;
}

/** What a flow handler gets besides its validated input. It never sees Request or Response. */
export interface FlowContext {
  store: Store;
  mail: Mailer;
  members: MemberRegistry | undefined;
  config: PortalConfig;
  now(): number;
  log: PortalLog;
  client: { address: string | undefined; userAgent: string | undefined };
  /** The signed-in session; guaranteed on routes that require one. */
  session: ActiveSession | null;
  /** SHA-256 of the session id the request carried (valid or not), to delete on rotation. */
  presentedSessionHash: string | null;
  /** A hash of a random password: unknown members are verified against it (same cost). */
  dummyHash: Promise<string>;
  /** Cookies for the response, whatever its outcome. */
  cookies: { issue(sessionId: string): void; clear(): void };
}

/** A flow handler: validated input in, a value of the route's output out, or a PortalError. */
export type Flow<R extends Route> = (
  input: RouteInput<R>,
  ctx: FlowContext,
) => Promise<RouteOutput<R>>;
