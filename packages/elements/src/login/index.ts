import { PkLogin } from './pk-login.js';

export { PkLogin, type LoginMethods, type LoginState } from './pk-login.js';
export * from './pk-login.events.js';

if (customElements.get('pk-login')) {
  console.warn('pk-login is already defined; keeping the first definition.');
} else {
  customElements.define('pk-login', PkLogin);
}

declare global {
  interface HTMLElementTagNameMap {
    'pk-login': PkLogin;
  }
}
