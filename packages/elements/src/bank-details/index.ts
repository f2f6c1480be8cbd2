// The approval step's element: the element file carries it.
import '../approve/index.js';
import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { bankDetailsClient } from './pk-bank-details.client.js';
import { PkBankDetails } from './pk-bank-details.js';

export { PkBankDetails, type BankDetailsState, type BankDetailsStep } from './pk-bank-details.js';
export type { BankDetailsClient } from './pk-bank-details.client.js';
export type { BankDetailsTerms } from './pk-bank-details.terms.js';
export * from './pk-bank-details.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(bankDetailsClient);
defineElement('pk-bank-details', PkBankDetails);

declare global {
  interface HTMLElementTagNameMap {
    'pk-bank-details': PkBankDetails;
  }
}
