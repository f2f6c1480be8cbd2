// The approval step's element: the element file carries it.
import '../approve/index.js';
import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { addressChangeClient } from './pk-address-change.client.js';
import { PkAddressChange } from './pk-address-change.js';

export {
  PkAddressChange,
  type AddressChangeState,
  type AddressChangeStep,
} from './pk-address-change.js';
export type { AddressChangeClient } from './pk-address-change.client.js';
export type { AddressChangeTerms } from './pk-address-change.terms.js';
export * from './pk-address-change.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(addressChangeClient);
defineElement('pk-address-change', PkAddressChange);

declare global {
  interface HTMLElementTagNameMap {
    'pk-address-change': PkAddressChange;
  }
}
