import { createContext } from '@lit/context';
import type { PortalClient } from '../client/portal-client.js';

/** What `<pk-portal>` gives the elements inside it. */
export interface PortalContextValue {
  client: PortalClient;
  /** The portal's language (`de`, `en`, …) for elements that cannot see its `lang` (shadow roots). */
  locale: string;
}

export const portalContext = createContext<PortalContextValue>(Symbol('portalkit'));
