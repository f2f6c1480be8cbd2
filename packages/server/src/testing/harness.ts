import { randomInt } from 'node:crypto';
import { kvnrCheckDigit } from '@portalkit/protocol';
import type { LogLine } from '../http.js';
import type { Mailer, OutgoingMessage } from '../notices/mailer.js';
import { createPortal, type CreatePortalOptions, type Portal } from '../portal.js';
import { createMemoryStore } from '../stores/memory.js';
import type { Store, StorePart } from '../stores/store.js';

/** Test helpers: a portal on a memory store with a settable clock and a mailer that records. */
export const origin = 'http://localhost:5173';
export const rp = { id: 'localhost', name: 'Testkasse', origins: [origin] };
/** 26 Nov 2026, 14:03 in Berlin. */
export const startTime = Date.UTC(2026, 10, 26, 13, 3, 0);

/** A KVNR with a valid check digit, random unless the first nine characters are given. */
export function kvnr(letterAndEightDigits?: string): string {
  const base =
    letterAndEightDigits ??
    String.fromCharCode(65 + randomInt(26)) + String(randomInt(1e8)).padStart(8, '0');
  return base + kvnrCheckDigit(base);
}

export interface RecordingMailer extends Mailer {
  messages: OutgoingMessage[];
  /** When set, `send` rejects with it. */
  failure: Error | null;
}

export function recordingMailer(): RecordingMailer {
  const mailer: RecordingMailer = {
    messages: [],
    failure: null,
    async send(message) {
      if (mailer.failure) throw mailer.failure;
      mailer.messages.push(message);
    },
  };
  return mailer;
}

/**
 * The cookies a browser keeps besides the session (the passkey ceremony's binding, the trusted
 * device): set by responses, sent with the next requests of the same browser.
 */
export interface Browser {
  cookies: Map<string, string>;
}

export const newBrowser = (): Browser => ({ cookies: new Map() });

export interface RequestOptions {
  body?: unknown;
  /** `name=value` of the session cookie. */
  cookie?: string | null;
  /** Whose other cookies go with the request; default: the harness's one browser. */
  browser?: Browser;
  /** Default: the allowed origin; null sends none. */
  origin?: string | null;
  /** Default `application/json` for POST; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  clientAddress?: string;
  /**
   * Whether to wait for the work the answer left for later (`portal.settled()`), so the outbox
   * and the audit log show it. Default true.
   */
  settle?: boolean;
}

export interface Harness {
  portal: Portal;
  store: Store;
  mail: RecordingMailer;
  logs: LogLine[];
  clock: { now: number; advance(seconds: number): void };
  /** The browser requests come from unless they name another. */
  browser: Browser;
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  get(path: string, options?: RequestOptions): Promise<Response>;
  post(path: string, body?: unknown, options?: RequestOptions): Promise<Response>;
}

/** Session cookies are passed explicitly by tests; every other cookie a browser keeps itself. */
const sessionCookie = /^(__Host-)?pk_session$/;

export function createHarness(overrides: Partial<CreatePortalOptions> = {}): Harness {
  const store = overrides.store ?? createMemoryStore();
  const mail = recordingMailer();
  const logs: LogLine[] = [];
  const clock = {
    now: startTime,
    advance(seconds: number) {
      clock.now += seconds * 1000;
    },
  };
  const browser = newBrowser();
  const portal = createPortal({
    store,
    mail,
    rp,
    now: () => clock.now,
    log: (line) => logs.push(line),
    validateResponses: true,
    ...overrides,
  });
  async function request(method: string, path: string, options: RequestOptions = {}) {
    const from = options.browser ?? browser;
    const headers = new Headers(options.headers);
    const requestOrigin = options.origin === undefined ? origin : options.origin;
    if (requestOrigin !== null) headers.set('Origin', requestOrigin);
    const contentType =
      options.contentType === undefined && method === 'POST'
        ? 'application/json'
        : options.contentType;
    if (contentType) headers.set('Content-Type', contentType);
    const cookies = [...from.cookies].map(([name, value]) => `${name}=${value}`);
    if (options.cookie) cookies.push(options.cookie);
    if (cookies.length > 0) headers.set('Cookie', cookies.join('; '));
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === 'string' || options.body instanceof Uint8Array
          ? options.body
          : JSON.stringify(options.body);
    const clientAddress = options.clientAddress ?? '192.0.2.10';
    const response = await portal.handle(
      new Request(`${origin}/portal${path}`, { method, headers, body: body as BodyInit }),
      { clientAddress },
    );
    if (options.settle !== false) await portal.settled();
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      if (sessionCookie.test(name)) continue;
      if (attributes.some((a) => a.trim() === 'Max-Age=0')) from.cookies.delete(name);
      else from.cookies.set(name, pair.slice(index + 1));
    }
    return response;
  }
  return {
    portal,
    store,
    mail,
    logs,
    clock,
    browser,
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body = {}, options = {}) => request('POST', path, { ...options, body }),
  };
}

/** `name=value` of the session cookie a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(';')[0] ?? '';
    if (/^(__Host-)?pk_session=./.test(pair)) return pair;
  }
  return null;
}

export const erika = {
  kvnr: kvnr('A12345678'),
  email: 'erika.mustermann@example.de',
  displayName: 'Erika Mustermann',
  password: 'Lindenblüte im Juni 24',
};

export async function loginWithPassword(
  h: Harness,
  identifier = erika.email,
  password = erika.password,
  options: RequestOptions = {},
): Promise<string> {
  const response = await h.post('/login/password', { identifier, password }, options);
  const cookie = sessionCookieOf(response);
  if (response.status !== 200 || !cookie) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return cookie;
}

/** A store whose `part` behaves as `override` says (built over the part's real methods). */
export function overridePart<T>(
  store: Store,
  part: StorePart<T>,
  override: (original: T) => Partial<T>,
): Store {
  const original = store.use(part);
  const changed = { ...original, ...override(original) };
  return { ...store, use: <U>(p: StorePart<U>): U => (p === (part as unknown) ? changed : store.use(p)) as U };
}
