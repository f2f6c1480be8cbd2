import { defineElement } from '../define.js';
import { PkPortal } from './pk-portal.js';

export { PkPortal } from './pk-portal.js';
export { portalContext, type PortalContextValue } from './portal-context.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

defineElement('pk-portal', PkPortal);

declare global {
  interface HTMLElementTagNameMap {
    'pk-portal': PkPortal;
  }
}
