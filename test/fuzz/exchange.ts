import assert from 'node:assert/strict';
import {
  ErrorBody,
  errorStatus,
  serverErrorCodes,
  type ServerErrorCode,
} from '@portalkit/protocol';
import { flows, origin, type Endpoint } from '@portalkit/server/testing';
import type { SessionChoice } from './envelope.js';
import { mutate, type Mutation } from './mutations.js';
import type { FuzzPortal } from './portal.js';
import { changedTables, rows } from './rows.js';

/** One generated request, before its body is made (a seed's body needs a fresh challenge). */
export interface Case {
  method: string;
  /** Below the base path; may differ from the route's (a neighbour, a query). */
  path: string;
  origin: string | null;
  contentType: string | null;
  session: SessionChoice;
  garbage: string;
  body: CaseBody;
}

export type CaseBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutations: Mutation[] }
  | { kind: 'seed'; seed: number; mutations: Mutation[] }
  | { kind: 'raw'; raw: string | Uint8Array };

/**
 * Refusals that come before a flow has anything to record: such an answer leaves every row as
 * it was. (A wrong password or a spent challenge is audited and counted; those may write.)
 */
const writesNothing = new Set<ServerErrorCode>([
  'VALIDATION_FAILED',
  'CONTENT_TYPE_UNSUPPORTED',
  'ORIGIN_FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'SESSION_REQUIRED',
  'CONFIRMATION_REQUIRED',
]);

const endpoints: Endpoint[] = flows.flatMap((f) => f.endpoints);

/** Answer codes ('200' for success) and how many requests got each. */
export const answers = new Map<string, number>();

async function makeBody(
  portal: FuzzPortal,
  body: CaseBody,
  cookie: string | null,
): Promise<Uint8Array | undefined> {
  let value: unknown;
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'raw':
      return typeof body.raw === 'string' ? Buffer.from(body.raw) : body.raw;
    case 'json':
      value = body.mutations.reduce(mutate, body.value);
      break;
    case 'seed': {
      const seed = portal.seeds[body.seed]!;
      value = body.mutations.reduce(mutate, await seed.make(cookie));
    }
  }
  // Bytes, so that no content type is added for a request that sends none. An undefined
  // (deleted) body is sent empty.
  return Buffer.from(JSON.stringify(value) ?? '');
}

const short = (bytes: Uint8Array | undefined) => {
  if (!bytes) return '(none)';
  const text = Buffer.from(bytes).toString('utf8');
  return text.length > 300 ? `${text.slice(0, 300)}… (${bytes.length} bytes)` : text;
};

/**
 * Sends one generated request and checks what every answer must be: not a 5xx, and nothing
 * thrown out of `handle()`; JSON, either a 200 that the answering route's output schema accepts
 * or a documented error code with its status; and for a refusal that comes before any work, no
 * row changed in any table.
 */
export async function exchange(portal: FuzzPortal, c: Case): Promise<void> {
  const cookie = await portal.cookieFor(c.session, c.garbage);
  const bytes = await makeBody(portal, c.body, cookie);
  const via = c.session === 'unconfirmed' ? portal.strict : portal.h;
  // Time passes between a member's requests, so a session touched by a refused request shows.
  if (c.session === 'unconfirmed') portal.h.clock.advance(1);
  const url = new URL(`${origin}/portal${c.path}`);
  const method = new Request(url, { method: c.method }).method;
  const sendsBody = method !== 'GET' && method !== 'HEAD';
  const logged = portal.h.logs.length + portal.strict.logs.length;

  const before = await rows(portal.db);
  const response = await via.request(c.method, c.path, {
    body: sendsBody ? bytes : undefined,
    origin: c.origin,
    contentType: c.contentType,
    cookie,
    browser: portal.h.browser,
    clientAddress: portal.nextAddress(),
  });
  const text = await response.text();
  const errors = [...portal.h.logs, ...portal.strict.logs]
    .slice(logged)
    .filter((l) => l.level === 'error');
  const context = [
    `${method} ${url.pathname}${url.search} Origin=${c.origin} Content-Type=${c.contentType}`,
    `session=${c.session} body=${short(sendsBody ? bytes : undefined)}`,
    `answer: ${response.status} ${text.slice(0, 300)}`,
    `server log: ${JSON.stringify(errors)}`,
  ].join('\n');

  assert.ok(response.status < 500, `a ${response.status}\n${context}`);
  assert.equal(response.headers.get('Content-Type'), 'application/json; charset=utf-8', context);
  const answer: unknown = JSON.parse(text);
  if (response.status === 200) {
    answers.set('200', (answers.get('200') ?? 0) + 1);
    const path = url.pathname.slice('/portal'.length);
    const route = endpoints.find((e) => e.route.method === method && e.route.path === path);
    assert.ok(route, `200 from no route\n${context}`);
    const valid = route.route.output.safeParse(answer).success;
    assert.ok(valid, `200 breaking the output schema\n${context}`);
  } else {
    const parsed = ErrorBody.safeParse(answer);
    assert.ok(parsed.success, `an undocumented error body\n${context}`);
    const { code } = parsed.data.error;
    answers.set(code, (answers.get(code) ?? 0) + 1);
    assert.ok(serverErrorCodes.includes(code) && code !== 'INTERNAL', `code ${code}\n${context}`);
    assert.equal(response.status, errorStatus[code], `status of ${code}\n${context}`);
    if (code === 'METHOD_NOT_ALLOWED') {
      assert.ok(response.headers.get('Allow'), `405 without Allow\n${context}`);
    }
    if (writesNothing.has(code)) {
      const changed = changedTables(before, await rows(portal.db));
      assert.deepEqual(changed, [], `${code} changed rows: ${changed.join(', ')}\n${context}`);
    }
  }
  portal.sawAnswer(c.session, response);
}
