import {
  loginRoutes,
  passkeyRoutes,
  sessionRoutes,
  type Method,
  type Route,
  type RouteInput,
  type RouteOutput,
} from '@portalkit/protocol';
import type { FlowContext } from './context.js';
import { passkeyLoginOptions, passkeyLoginVerify, passwordLogin } from './flows/login.js';
import { addPasskeyOptions, addPasskeyVerify, listPasskeys } from './flows/passkeys.js';
import { logout, sessionState } from './flows/session.js';

/**
 * How a route treats the session cookie:
 * - `none`: not looked at (sign-in reads only the presented id, to replace it);
 * - `peek`: resolved if live, without counting as activity (GET /session, logout);
 * - `required`: 401 without a live session, and the request extends the idle timeout.
 */
export type SessionMode = 'none' | 'peek' | 'required';

export interface Endpoint<R extends Route = Route> {
  route: R;
  session: SessionMode;
  // Method syntax on purpose: an endpoint of one route must fit the table of all routes.
  handle(input: RouteInput<R>, ctx: FlowContext): Promise<RouteOutput<R>>;
}

function endpoint<R extends Route>(
  route: R,
  session: SessionMode,
  handle: (input: RouteInput<R>, ctx: FlowContext) => Promise<RouteOutput<R>>,
): Endpoint<R> {
  return { route, session, handle };
}

export const endpoints: Endpoint[] = [
  endpoint(loginRoutes.password, 'none', passwordLogin),
  endpoint(loginRoutes.passkeyOptions, 'none', passkeyLoginOptions),
  endpoint(loginRoutes.passkeyVerify, 'none', passkeyLoginVerify),
  endpoint(sessionRoutes.session, 'peek', sessionState),
  endpoint(sessionRoutes.logout, 'peek', logout),
  endpoint(passkeyRoutes.list, 'required', listPasskeys),
  endpoint(passkeyRoutes.addOptions, 'required', addPasskeyOptions),
  endpoint(passkeyRoutes.addVerify, 'required', addPasskeyVerify),
];

export type Match = { endpoint: Endpoint } | { allow: Method[] } | null;

/** The endpoint for a path below the base path, the methods it allows, or nothing. */
export function match(method: string, path: string): Match {
  const candidates = endpoints.filter((e) => e.route.path === path);
  if (candidates.length === 0) return null;
  const found = candidates.find((e) => e.route.method === method);
  return found ? { endpoint: found } : { allow: candidates.map((e) => e.route.method) };
}
