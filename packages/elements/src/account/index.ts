// The approval step's element: the element file carries it.
import '../approve/index.js';
import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { accountClient } from './pk-account.client.js';
import { PkAccount } from './pk-account.js';

export { PkAccount, type AccountState, type AccountStep, type Task } from './pk-account.js';
export type { AccountClient } from './pk-account.client.js';
export type { AccountTerms } from './pk-account.terms.js';
export * from './pk-account.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(accountClient);
defineElement('pk-account', PkAccount);

declare global {
  interface HTMLElementTagNameMap {
    'pk-account': PkAccount;
  }
}
