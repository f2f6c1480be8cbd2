// A removal's approval step: the element file carries `<pk-approve>`.
import '../approve/index.js';
import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { passkeysClient } from './pk-passkeys.client.js';
import { PkPasskeys } from './pk-passkeys.js';

export { PkPasskeys, type PasskeysState } from './pk-passkeys.js';
export { signalAcceptedPasskeys, signalUserDetails, type SignalDetails } from './signal.js';
export type { PasskeysClient } from './pk-passkeys.client.js';
export type { PasskeysTerms } from './pk-passkeys.terms.js';
export * from './pk-passkeys.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(passkeysClient);
defineElement('pk-passkeys', PkPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'pk-passkeys': PkPasskeys;
  }
}
