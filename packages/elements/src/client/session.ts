import { sessionCalls } from '@portalkit/protocol';
import type { SessionClient } from './portal-client.js';
import type { Transport } from './transport.js';

export function sessionClient(request: Transport): SessionClient {
  return {
    session: () => request(sessionCalls.session),
    async logout() {
      await request(sessionCalls.logout);
    },
    confirmSession: (input) => request(sessionCalls.confirm, input),
  };
}
