import { sessionCalls } from '@portalkit/protocol';
import type { SessionClient } from './portal-client.js';
import type { Transport } from './transport.js';

export function sessionClient(request: Transport): SessionClient {
  return {
    session: () => request(sessionCalls.session),
    async signOut() {
      await request(sessionCalls.logout);
    },
  };
}
