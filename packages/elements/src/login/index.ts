import { defineElement } from '../define.js';
import { PkLogin } from './pk-login.js';

export { PkLogin, type LoginMethods, type LoginState } from './pk-login.js';
export * from './pk-login.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

defineElement('pk-login', PkLogin);

declare global {
  interface HTMLElementTagNameMap {
    'pk-login': PkLogin;
  }
}
