import type {
  PasswordPolicyName,
  ResetChannel,
  Route,
  RouteInput,
  RouteOutput,
} from '@portalkit/protocol';
import type { AfterTask } from './after.js';
import type { Changes } from './changes.js';
import type { DocumentsConfig } from './documents.js';
import type { ProtectedForm } from './flows/protected-form.js';
import type { PortalLog } from './http.js';
import type { MemberRegistry } from './members.js';
import type { Mailer } from './notices/mailer.js';
import type { Keyring } from './security/keys.js';
import type { LockRule } from './security/lock.js';
import type { CookieSettings } from './session/cookie.js';
import type { AccountRecord } from './stores/accounts.js';
import type { SessionRecord } from './stores/sessions.js';
import type { Store } from './stores/store.js';

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
  /** How recent a sign-in or confirmation must be for routes that need a confirmed session. */
  confirmationMs: number;
  cookie: CookieSettings;
  lock: {
    /** Wrong passwords for one identifier from one client. */
    password: LockRule;
    /** Wrong passwords for one identifier from all clients but its trusted devices. */
    identifier: LockRule;
    /** Failed attempts at any secret from one client. */
    client: LockRule;
    /** Challenges one client may have issued. */
    challenges: LockRule;
    /** "Someone tried your password" notices per account. */
    notice: LockRule;
  };
  challengeTtlMs: number;
  validateResponses: boolean;
  /** Document upload: where files go, the scanner, the categories; null when off. */
  documents: DocumentsConfig | null;
  approvals: {
    /** The page that opens an approval on a phone (`<pk-approve>` reading `#t=`). */
    approveUrl: string;
    /** Where short links point: `<origin>/f/<code>`, which the site redirects to `approveUrl`. */
    shortLinkBase: string;
    /** How long a transaction waits for its approval. */
    lifetimeMs: number;
    /** How often an event stream looks at the store for news from other servers. */
    pollMs: number;
    /** Comment lines that keep an idle event stream open through proxies. */
    heartbeatMs: number;
  };
  register: {
    activationUrl: string;
    requireCardNumber: boolean;
    codeValidityMs: number;
    /** How long an accepted code lets this browser set the password. */
    activationMs: number;
    lock: {
      /** Letters (or notices) per member, per day and per 30 days. */
      lettersPerDay: LockRule;
      lettersPerMonth: LockRule;
      /** Identify requests acted on per client. */
      identify: LockRule;
      /** Wrong activation codes per KVNR. */
      code: LockRule;
    };
  };
  forgotPassword: {
    /** The ways a code may travel (`letter` only where the registry can `find` a member). */
    channels: ResetChannel[];
    /** The page with `<pk-forgot-password>`; a reset letter's QR code opens it with the code. */
    resetUrl: string;
    /** How long an e-mail or SMS code lives. */
    codeValidityMs: number;
    /** How long a letter's code lives (registration's `codeValidityDays`). */
    letterCodeValidityMs: number;
    /** How long a right code or passkey lets this browser set the password. */
    bindingMs: number;
    /** What the answer tells the element to wait before offering "send again". */
    resendAfterSeconds: number;
    lock: {
      /** Codes per account per hour, all channels. */
      codesPerHour: LockRule;
      /** One code per account per `resendAfterSeconds`. */
      resend: LockRule;
      /** Code requests per client. */
      requests: LockRule;
      /** Wrong codes per account (or, unknown, per identifier). */
      code: LockRule;
    };
  };
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
  keys: Keyring;
  client: {
    /** What the throttle counts this client as: its IPv4 address or IPv6 /64, or `unknown`. */
    group: string;
    userAgent: string | undefined;
  };
  /** The signed-in session; guaranteed on routes that require one. */
  session: ActiveSession | null;
  /** SHA-256 of the session id the request carried (valid or not), to delete on rotation. */
  presentedSessionHash: string | null;
  /** A hash of a random password: unknown members are verified against it (same cost). */
  dummyHash: Promise<string>;
  /** The request's cookies, and cookies for the response whatever its outcome. */
  cookies: {
    get(name: string): string | null;
    set(name: string, value: string, options?: { maxAge?: number }): void;
  };
  /** The request body of a route that takes a stream, limited to the route's size. */
  body: ReadableStream<Uint8Array> | null;
  /** The Content-Type header of a stream body, parameters included (a multipart boundary). */
  bodyType: string | null;
  /** The `documents` option resolved, or null: document upload is off. */
  documents: DocumentsConfig | null;
  /**
   * Runs `task` once the answer is on its way, whatever the answer (see after.ts): for work whose
   * time must not show in the answer, or need not hold it up. It can no longer set cookies.
   */
  after(task: AfterTask): void;
  /** The protected forms of every flow by kind: what an approved transaction executes. */
  forms: ReadonlyMap<string, ProtectedForm>;
  /** News of transactions for the event streams of this process. */
  changes: Changes;
}

/** A flow handler: validated input in, a value of the route's output out, or a PortalError. */
export type Flow<R extends Route> = (
  input: RouteInput<R>,
  ctx: FlowContext,
) => Promise<RouteOutput<R>>;
