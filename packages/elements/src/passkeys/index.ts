import { defineElement } from '../define.js';
import { PkPasskeys } from './pk-passkeys.js';

export { PkPasskeys, type PasskeysState } from './pk-passkeys.js';
export * from './pk-passkeys.events.js';

defineElement('pk-passkeys', PkPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'pk-passkeys': PkPasskeys;
  }
}
