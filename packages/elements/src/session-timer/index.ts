import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { sessionTimerClient } from './pk-session-timer.client.js';
import { PkSessionTimer } from './pk-session-timer.js';

export { PkSessionTimer, type SessionTimerState } from './pk-session-timer.js';
export type { SessionTimerClient } from './pk-session-timer.client.js';
export type { SessionTimerTerms } from './pk-session-timer.terms.js';
export * from './pk-session-timer.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(sessionTimerClient);
defineElement('pk-session-timer', PkSessionTimer);

declare global {
  interface HTMLElementTagNameMap {
    'pk-session-timer': PkSessionTimer;
  }
}
