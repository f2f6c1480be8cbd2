import { jsonResponse } from '../http.js';
import type { Portal } from '../portal.js';

/**
 * The answer when something in front of the portal already read the request body: a 500 that
 * says so, and the same as an error line in the portal's log. The portal reads and limits the
 * body itself, so it must get it unread.
 */
export function bodyAlreadyRead(portal: Portal, advice: string): Response {
  const message = `the request body was read before the portal got it: ${advice}`;
  portal.log({ level: 'error', event: 'adapter.body.consumed', message });
  return jsonResponse(500, { error: { code: 'INTERNAL', message } });
}
