import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { registerClient } from './pk-register.client.js';
import { PkRegister } from './pk-register.js';

export { PkRegister, type RegisterState, type RegisterStep } from './pk-register.js';
export type { RegisterClient } from './pk-register.client.js';
export type { RegisterTerms } from './pk-register.terms.js';
export * from './pk-register.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(registerClient);
defineElement('pk-register', PkRegister);

declare global {
  interface HTMLElementTagNameMap {
    'pk-register': PkRegister;
  }
}
