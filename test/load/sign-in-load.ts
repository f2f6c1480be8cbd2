import autocannon from 'autocannon';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { CookieJar, sessionCookieName } from '../support/http-member.js';
import type { SoftCredential } from '../support/soft-authenticator.js';
import { fromAddresses, loopbackAddress } from './loopback.js';
import { cpuSecondsOf, settle } from './process-cpu.js';
import { signAssertionSync } from '../support/soft-authenticator.js';

/**
 * Sign-ins under load over loopback, with autocannon: every connection is one member's browser.
 * It keeps the cookies the portal sets (the session cookie, the challenge's binding cookie) and
 * sends them back, sends the JSON content type and the Origin header, and connects from a
 * loopback address of its own (127.<block>.x.y), because hundreds of members signing in at once
 * come from hundreds of addresses: from one address the portal's per-client locks would rightly
 * refuse them as one client trying too hard.
 *
 * A sign-in is a sequence of requests (password: one; passkey: options, then verify with an
 * assertion signed in this process for the challenge just issued). Its latency runs from sending
 * the first request to the last answer, the browser's signing included.
 *
 * The browsers open the page first (`GET /portal/session`, as `<pk-portal>` does) until every
 * connection has been answered once, and only then start signing in; the measured window opens
 * there. Without it, connections that a saturated server accepts seconds late (seen here: on
 * 2 busy cores a fifth of 200 simultaneous connections waited over 4 s for the handshake) would
 * be measured as slow sign-ins, which is not what a browser holding its connection sees.
 */

export interface LoadOptions {
  /** The site, e.g. `http://localhost:3000`: the Origin, and where requests go. */
  origin: string;
  connections: number;
  /** Seconds of the measured window, after every connection has been answered once. */
  seconds: number;
  /** Longest wait for every connection to be answered once before measuring anyway. Default 20 s. */
  warmUpSeconds?: number;
  /** Second octet of the connections' loopback addresses: one block per load. */
  addressBlock: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadResult {
  connections: number;
  /** Connections not answered once by the end of the warm-up (each counts as an error). */
  unconnected: number;
  /** Seconds from the start until every connection had been answered once. */
  warmUpSeconds: number;
  /** Seconds of the measured window. */
  seconds: number;
  /** Sign-ins answered with a session in the window (the throughput). */
  signIns: number;
  /** Requests sent in the window and answered. */
  requests: number;
  /** Answers other than 2xx, by step and status (and error code when the body gave one). */
  refused: Record<string, number>;
  /** Socket errors and timeouts over the whole run. */
  errors: number;
  timeouts: number;
  /** Answers that were 2xx but not what the step needs (no session cookie, no challenge). */
  wrongAnswers: number;
  /**
   * Sign-ins begun in the window still unanswered 30 s after it closed (the load goes on until
   * then), and the longest wait among them in ms. Each counts as an error.
   */
  unanswered: { count: number; longestMs: number };
  /** Sign-ins per second. */
  throughput: number;
  /** Milliseconds per sign-in begun in the window, first request sent to last answer. */
  signInLatency: Percentiles;
  /** Milliseconds per request sent in the window, by step. */
  stepLatency: Record<string, Percentiles>;
  /** CPU the server process used in the window, in cores (1 = one core busy). */
  serverCores: number | null;
  /** CPU this process (autocannon and the simulated browsers) used in the window, in cores. */
  clientCores: number;
}

interface Step {
  name: string;
  path: string;
  /** The body, from what earlier steps of this sign-in learned; null gives the sign-in up. */
  body(cycle: Cycle): string | null;
  /** Reads a 2xx answer; false when it is not what the step needs. */
  accept(body: string, cycle: Cycle, jar: CookieJar): boolean;
}

interface Cycle {
  startedAt: number;
  /** The page is being opened, not a sign-in made (before the window). */
  warmUp?: boolean;
  challenge?: string;
}

/** Nearest-rank percentiles of `values` (milliseconds), rounded to 0.1 ms. */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    if (sorted.length === 0) return NaN;
    const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    return Math.round(value * 10) / 10;
  };
  return { p50: at(50), p95: at(95), p99: at(99) };
}

function setCookies(headers: Record<string, string | string[]>): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'set-cookie')
      found.push(...(Array.isArray(value) ? value : [value]));
  }
  return found;
}

function refusal(status: number, body: string): string {
  try {
    const code = (JSON.parse(body) as { error?: { code?: string } }).error?.code;
    return code ? `${status} ${code}` : String(status);
  } catch {
    return String(status);
  }
}

const signedIn = (body: string, _cycle: Cycle, jar: CookieJar) =>
  body.includes('"signedIn":true') && jar.get(sessionCookieName) !== undefined;

async function run(
  options: LoadOptions & { serverPid?: number },
  stepsOf: (connection: number) => Step[],
): Promise<LoadResult> {
  /** Latencies of the sign-ins and requests begun in the window, whenever they ended. */
  const signInTimes: number[] = [];
  const stepTimes = new Map<string, number[]>();
  const refused: Record<string, number> = {};
  let wrongAnswers = 0;
  let requests = 0;
  /** Sign-ins that ended with a session inside the window: the throughput. */
  let completedInWindow = 0;
  let connection = 0;
  let greeted = 0;
  /** The measured window; sign-ins begin once it opens. */
  const window = { open: false, openedAt: Infinity, closedAt: Infinity };
  const inWindow = (at: number) => at >= window.openedAt && at <= window.closedAt;
  let openWindow = () => {};
  /** Per connection: since when it has been waiting for work begun in the window, if it is. */
  const unfinished: (() => number | undefined)[] = [];
  const addresses = fromAddresses();

  const setupClient = (client: autocannon.Client) => {
    const index = connection++;
    addresses.assign(client, loopbackAddress(options.addressBlock, index));
    const steps = stepsOf(index);
    const jar = new CookieJar();
    let answeredOnce = false;
    let cycle: Cycle & { done?: boolean } = { startedAt: performance.now(), warmUp: true };
    let pending: { step: string; sentAt: number } | undefined;
    let answered: { step: string; sentAt: number } | undefined;
    unfinished.push(() => {
      if (pending && inWindow(pending.sentAt)) return pending.sentAt;
      return !cycle.warmUp && !cycle.done && inWindow(cycle.startedAt)
        ? cycle.startedAt
        : undefined;
    });
    client.setRequests(
      steps.map((step, i) => ({
        method: 'POST',
        path: step.path,
        setupRequest(request) {
          const headers: Record<string, string> = { Origin: options.origin };
          const cookie = jar.header();
          if (cookie) headers.Cookie = cookie;
          if (i === 0) cycle = { startedAt: performance.now(), warmUp: !window.open };
          if (cycle.warmUp) {
            if (i > 0) return null;
            pending = { step: 'open the page', sentAt: performance.now() };
            return { ...request, method: 'GET', path: '/portal/session', headers, body: '' };
          }
          const body = step.body(cycle);
          if (body === null) {
            cycle.done = true;
            return null;
          }
          headers['Content-Type'] = 'application/json';
          pending = { step: step.name, sentAt: performance.now() };
          return { ...request, method: 'POST', path: step.path, headers, body };
        },
        onResponse(status, body, _context, headers) {
          const now = performance.now();
          answered = pending;
          pending = undefined;
          jar.store(setCookies(headers));
          if (cycle.warmUp) {
            if (status !== 200) count(refused, `open the page: ${refusal(status, body)}`);
            else if (!answeredOnce) {
              answeredOnce = true;
              if (++greeted === options.connections) openWindow();
            }
            return;
          }
          const measured = answered !== undefined && inWindow(answered.sentAt);
          if (measured) requests++;
          if (status < 200 || status > 299) {
            if (measured) count(refused, `${step.name}: ${refusal(status, body)}`);
            cycle.done = true;
            cycle.challenge = undefined;
          } else if (!step.accept(body, cycle, jar)) {
            if (measured) wrongAnswers++;
            cycle.done = true;
            cycle.challenge = undefined;
          } else if (i === steps.length - 1) {
            cycle.done = true;
            if (inWindow(cycle.startedAt)) signInTimes.push(now - cycle.startedAt);
            if (inWindow(cycle.startedAt) && now <= window.closedAt) completedInWindow++;
          }
        },
      })),
    );
    client.on('response', (_status, _bytes, responseTime) => {
      if (!answered || answered.step === 'open the page' || !inWindow(answered.sentAt)) return;
      const times = stepTimes.get(answered.step) ?? [];
      times.push(responseTime);
      stepTimes.set(answered.step, times);
    });
  };

  await settle(options.serverPid);
  const warmUpSeconds = options.warmUpSeconds ?? 20;
  /** After the window: how long the load goes on for the work begun in it to be answered. */
  const drainMs = 30_000;
  const startedAt = performance.now();
  let serverCpu: number | null = null;
  let clientCpu = process.cpuUsage();
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    // A bound only: the run is stopped once the work begun in the window is answered.
    duration: warmUpSeconds + options.seconds + drainMs / 1000 + 5,
    timeout: 30,
    method: 'GET',
    setupClient,
  });
  const warmUpCap = setTimeout(() => openWindow(), warmUpSeconds * 1000);
  let stoppedAt = Infinity;
  const drained = new Promise<void>((done) => {
    openWindow = () => {
      if (window.open) return;
      clearTimeout(warmUpCap);
      window.open = true;
      window.openedAt = performance.now();
      const serverBefore = cpuSecondsOf(options.serverPid);
      const clientBefore = process.cpuUsage();
      setTimeout(() => {
        window.closedAt = performance.now();
        const serverAfter = cpuSecondsOf(options.serverPid);
        if (serverBefore !== null && serverAfter !== null) serverCpu = serverAfter - serverBefore;
        clientCpu = process.cpuUsage(clientBefore);
        // The load goes on, so the last requests of the window meet the same conditions.
        const until = window.closedAt + drainMs;
        const poll = setInterval(() => {
          if (unfinished.some((since) => since() !== undefined) && performance.now() < until) {
            return;
          }
          clearInterval(poll);
          stoppedAt = performance.now();
          instance.stop();
          done();
        }, 20);
      }, options.seconds * 1000);
    };
  });
  let result: autocannon.Result;
  try {
    await drained;
    result = await instance;
  } finally {
    clearTimeout(warmUpCap);
    addresses.restore();
  }
  if (addresses.connects < options.connections) {
    throw new Error(
      `load: only ${addresses.connects} of ${options.connections} connections ` +
        'used an address of their own',
    );
  }
  const seconds = (window.closedAt - window.openedAt) / 1000;
  const waits = unfinished
    .map((since) => since())
    .filter((since) => since !== undefined)
    .map((since) => stoppedAt - since!);

  return {
    connections: options.connections,
    unconnected: options.connections - greeted,
    warmUpSeconds: Math.round(window.openedAt - startedAt) / 1000,
    seconds: Math.round(seconds * 100) / 100,
    signIns: completedInWindow,
    requests,
    refused,
    errors: result.errors,
    timeouts: result.timeouts,
    wrongAnswers,
    unanswered: { count: waits.length, longestMs: Math.round(Math.max(0, ...waits)) },
    throughput: completedInWindow / seconds,
    signInLatency: percentiles(signInTimes),
    stepLatency: Object.fromEntries(
      [...stepTimes].map(([name, times]) => [name, percentiles(times)]),
    ),
    serverCores: serverCpu === null ? null : serverCpu / seconds,
    clientCores: (clientCpu.user + clientCpu.system) / 1e6 / seconds,
  };
}

function count(tally: Record<string, number>, reason: string): void {
  tally[reason] = (tally[reason] ?? 0) + 1;
}

export interface PasswordMember {
  /** KVNR or e-mail address. */
  identifier: string;
  password: string;
}

/** Password sign-ins: connection i signs in as `members[i % members.length]`, again and again. */
export function passwordSignInLoad(
  options: LoadOptions & { serverPid?: number; members: PasswordMember[] },
): Promise<LoadResult> {
  return run(options, (connection) => {
    const member = options.members[connection % options.members.length]!;
    const body = JSON.stringify({ identifier: member.identifier, password: member.password });
    return [
      { name: 'password', path: '/portal/login/password', body: () => body, accept: signedIn },
    ];
  });
}

/**
 * Passkey sign-ins: options, then verify with an assertion signed for the issued challenge.
 * With at least one passkey per connection each connection is one device whose signature
 * counter goes up with every sign-in; otherwise connections share passkeys that report
 * counter 0 (as many platform authenticators do), which the server accepts while it stores 0.
 */
export function passkeySignInLoad(
  options: LoadOptions & { serverPid?: number; passkeys: SoftCredential[]; rpId: string },
): Promise<LoadResult> {
  const ownDevice = options.passkeys.length >= options.connections;
  return run(options, (connection) => {
    const credential = options.passkeys[connection % options.passkeys.length]!;
    let counter = credential.counter;
    return [
      {
        name: 'passkey options',
        path: '/portal/login/passkey/options',
        body: () => '{}',
        accept(body, cycle) {
          const { options: request } = JSON.parse(body) as {
            options?: PublicKeyCredentialRequestOptionsJSON;
          };
          cycle.challenge = request?.challenge;
          return typeof cycle.challenge === 'string';
        },
      },
      {
        name: 'passkey verify',
        path: '/portal/login/passkey/verify',
        body(cycle) {
          if (!cycle.challenge) return null;
          const assertion = signAssertionSync(credential, cycle.challenge, {
            origin: options.origin,
            rpId: options.rpId,
            counter: ownDevice ? ++counter : 0,
          });
          return JSON.stringify({ credential: assertion });
        },
        accept: signedIn,
      },
    ];
  });
}
