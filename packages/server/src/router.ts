import type { Method, Route, RouteInput, RouteOutput } from '@portalkit/protocol';
import type { FlowContext, PortalConfig } from './context.js';
import type { DocumentsConfig } from './documents.js';
import type { ProtectedForm } from './flows/protected-form.js';
import type { Store } from './stores/store.js';

/**
 * What a route needs of the session:
 * - `anonymous`: the cookie is not looked at (sign-in reads only the presented id, to replace it);
 * - `optional`: resolved if live, without counting as activity (GET /session, logout);
 * - `signed-in`: 401 without a live session; the request extends the idle timeout;
 * - `confirmed`: signed in, and the member proved who they are (sign-in or confirmation) within
 *   the confirmation window, else 403 `CONFIRMATION_REQUIRED` (adding a passkey, and the
 *   approvals of later flows).
 */
export type Access = 'anonymous' | 'optional' | 'signed-in' | 'confirmed';

/**
 * The body a route takes: JSON up to `limit` bytes, parsed and validated with the route's input
 * schema; or a stream of one of `contentTypes`, handed to the flow as `ctx.body` (its Content-Type
 * header, with parameters such as a multipart boundary, as `ctx.bodyType`) and cut off with
 * `VALIDATION_FAILED` (`body: tooLarge`) past `limit` bytes (uploads). A stream's limit may depend
 * on the options (the largest upload the insurer's categories allow).
 */
export type Body =
  | { kind: 'json'; limit: number }
  | {
      kind: 'stream';
      limit: number | ((config: PortalConfig) => number);
      contentTypes: readonly string[];
    };

export const json = (limit = 64 * 1024): Body => ({ kind: 'json', limit });
export const stream = (options: {
  limit: number | ((config: PortalConfig) => number);
  contentTypes: readonly string[];
}): Body => ({
  kind: 'stream',
  ...options,
});

/**
 * An answer streamed as server-sent events (`text/event-stream`): each value `events` yields is
 * sent as one event named `name` with the value as JSON (checked against the route's output
 * schema where responses are validated), with a comment line every `heartbeatMs` in between. The
 * stream ends when `events` ends; a client that leaves aborts `signal`.
 */
export interface ServerEvents<T> {
  readonly kind: 'server-sent-events';
  name: string;
  heartbeatMs: number;
  events(signal: AbortSignal): AsyncIterable<T>;
}

export function serverEvents<T>(
  name: string,
  heartbeatMs: number,
  events: (signal: AbortSignal) => AsyncIterable<T>,
): ServerEvents<T> {
  return { kind: 'server-sent-events', name, heartbeatMs, events };
}

export function isServerEvents(value: unknown): value is ServerEvents<unknown> {
  return (value as { kind?: unknown } | null)?.kind === 'server-sent-events';
}

export interface Endpoint<R extends Route = Route> {
  route: R;
  access: Access;
  body: Body;
  // Method syntax on purpose: an endpoint of one route must fit the table of all routes.
  handle(
    input: RouteInput<R>,
    ctx: FlowContext,
  ): Promise<RouteOutput<R> | ServerEvents<RouteOutput<R>>>;
}

export function endpoint<R extends Route>(
  route: R,
  options: { access: Access; body?: Body },
  handle: (input: RouteInput<R>, ctx: FlowContext) => Promise<RouteOutput<R>>,
): Endpoint<R> {
  return { route, access: options.access, body: options.body ?? json(), handle };
}

/**
 * A GET route answered with server-sent events: its input comes from the query string, and each
 * event's data is a value of the route's output.
 */
export function eventsEndpoint<R extends Route>(
  route: R,
  options: { access: Access },
  handle: (input: RouteInput<R>, ctx: FlowContext) => Promise<ServerEvents<RouteOutput<R>>>,
): Endpoint<R> {
  if (route.method !== 'GET') throw new TypeError('an event stream is a GET route');
  return { route, access: options.access, body: json(), handle };
}

/** What the sweeper gives a flow to delete its expired rows. */
export interface SweepContext {
  store: Store;
  now: number;
  /** The `documents` option, for a flow whose expired rows have files. */
  documents: DocumentsConfig | null;
}

/**
 * A flow: its routes and, if it keeps rows that expire, how to sweep them. Each flow module
 * exports one; `flows/index.ts` lists them, the one line a new flow adds.
 */
export interface FlowModule {
  name: string;
  endpoints: Endpoint[];
  /** The protected forms whose changes wait for an approval (see flows/protected-form.ts). */
  forms?: ProtectedForm[];
  /** Deletes the flow's expired rows; returns counts by kind for the log. */
  sweep?(ctx: SweepContext): Promise<Record<string, number>>;
}

export type Match = { endpoint: Endpoint } | { allow: Method[] } | null;

/** Finds the endpoint for a method and a path below the base path. */
export function router(flows: readonly FlowModule[]): (method: string, path: string) => Match {
  const byPath = new Map<string, Endpoint[]>();
  for (const e of flows.flatMap((f) => f.endpoints)) {
    const list = byPath.get(e.route.path) ?? [];
    if (list.some((other) => other.route.method === e.route.method)) {
      throw new TypeError(`two endpoints for ${e.route.method} ${e.route.path}`);
    }
    byPath.set(e.route.path, [...list, e]);
  }
  return (method, path) => {
    const candidates = byPath.get(path);
    if (!candidates) return null;
    const found = candidates.find((e) => e.route.method === method);
    return found ? { endpoint: found } : { allow: candidates.map((e) => e.route.method) };
  };
}
