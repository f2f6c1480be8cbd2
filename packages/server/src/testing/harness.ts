import { randomInt } from 'node:crypto';
import { kvnrCheckDigit } from '@portalkit/protocol';
import type { LogLine } from '../http.js';
import type { Mailer, OutgoingMessage } from '../notices/mailer.js';
import { createPortal, type CreatePortalOptions, type Portal } from '../portal.js';
import { createMemoryStore } from '../stores/memory.js';
import type { Store } from '../stores/store.js';

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

export interface RequestOptions {
  body?: unknown;
  /** `name=value` of the session cookie. */
  cookie?: string | null;
  /** Default: the allowed origin; null sends none. */
  origin?: string | null;
  /** Default `application/json` for POST; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  clientAddress?: string;
}

export interface Harness {
  portal: Portal;
  store: Store;
  mail: RecordingMailer;
  logs: LogLine[];
  clock: { now: number; advance(seconds: number): void };
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  get(path: string, options?: RequestOptions): Promise<Response>;
  post(path: string, body?: unknown, options?: RequestOptions): Promise<Response>;
}

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
    const headers = new Headers(options.headers);
    const requestOrigin = options.origin === undefined ? origin : options.origin;
    if (requestOrigin !== null) headers.set('Origin', requestOrigin);
    const contentType =
      options.contentType === undefined && method === 'POST'
        ? 'application/json'
        : options.contentType;
    if (contentType) headers.set('Content-Type', contentType);
    if (options.cookie) headers.set('Cookie', options.cookie);
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body);
    const clientAddress = options.clientAddress ?? '192.0.2.10';
    return portal.handle(new Request(`${origin}/portal${path}`, { method, headers, body }), {
      clientAddress,
    });
  }
  return {
    portal,
    store,
    mail,
    logs,
    clock,
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

export async function signInWithPassword(
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
