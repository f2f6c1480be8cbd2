import { defineElement } from '../define.js';
import { PkPortal } from './pk-portal.js';

export { PkPortal } from './pk-portal.js';
export { portalContext, type PortalContextValue } from './portal-context.js';

defineElement('pk-portal', PkPortal);

declare global {
  interface HTMLElementTagNameMap {
    'pk-portal': PkPortal;
  }
}
