import { PkPortal } from './pk-portal.js';

export { PkPortal } from './pk-portal.js';
export { portalContext, type PortalContextValue } from './portal-context.js';

if (customElements.get('pk-portal')) {
  console.warn('pk-portal is already defined; keeping the first definition.');
} else {
  customElements.define('pk-portal', PkPortal);
}

declare global {
  interface HTMLElementTagNameMap {
    'pk-portal': PkPortal;
  }
}
