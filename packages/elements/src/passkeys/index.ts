import { PkPasskeys } from './pk-passkeys.js';

export { PkPasskeys, type PasskeysState } from './pk-passkeys.js';
export * from './pk-passkeys.events.js';

if (customElements.get('pk-passkeys')) {
  console.warn('pk-passkeys is already defined; keeping the first definition.');
} else {
  customElements.define('pk-passkeys', PkPasskeys);
}

declare global {
  interface HTMLElementTagNameMap {
    'pk-passkeys': PkPasskeys;
  }
}
