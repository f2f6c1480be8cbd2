import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { loginClient } from './pk-login.client.js';
import { PkLogin } from './pk-login.js';

export { PkLogin, type LoginMethods, type LoginState } from './pk-login.js';
export type { LoginClient, LoginWithPasskeyOptions } from './pk-login.client.js';
export type { LoginTerms } from './pk-login.terms.js';
export * from './pk-login.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(loginClient);
defineElement('pk-login', PkLogin);

declare global {
  interface HTMLElementTagNameMap {
    'pk-login': PkLogin;
  }
}
