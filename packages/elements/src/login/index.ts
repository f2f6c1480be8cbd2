import { defineElement } from '../define.js';
import { PkLogin } from './pk-login.js';

export { PkLogin, type LoginMethods, type LoginState } from './pk-login.js';
export * from './pk-login.events.js';

defineElement('pk-login', PkLogin);

declare global {
  interface HTMLElementTagNameMap {
    'pk-login': PkLogin;
  }
}
