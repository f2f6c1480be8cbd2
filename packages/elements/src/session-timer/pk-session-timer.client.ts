import { extendSessionCall, type LoginResponse } from '@portalkit/protocol';
import type { SessionClient } from '../client/portal-client.js';
import { sessionClient } from '../client/session.js';
import type { Transport } from '../client/transport.js';

/** What `<pk-session-timer>` needs: the session's times, extending it, and signing out. */
export interface SessionTimerClient extends Pick<SessionClient, 'session' | 'logout'> {
  /**
   * The member chose to stay signed in: the idle time starts again (the absolute limit does not
   * move). Answers the session as it is now.
   */
  extendSession(): Promise<LoginResponse>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends SessionTimerClient {}
}

/** `GET /session`, `POST /session/extend` and `POST /logout`: all `<pk-session-timer>` sends. */
export function sessionTimerClient(request: Transport): SessionTimerClient {
  const { session, logout } = sessionClient(request);
  return { session, logout, extendSession: () => request(extendSessionCall) };
}
