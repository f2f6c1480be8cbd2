import { createContext } from '@lit/context';
import type { PortalClient } from '../client/portal-client.js';

/** What `<pk-portal>` gives the elements inside it. */
export interface PortalContextValue {
  /** The portal's `client` property; without one, each element builds its flow's part from `api`. */
  client?: Partial<PortalClient> | undefined;
  /** Base URL of the server helper. */
  api: string;
  /** The portal's language (`de`, `en`, …) for elements that cannot see its `lang` (shadow roots). */
  locale: string;
}

/** A registered symbol: `<pk-portal>` from one file answers elements from another. */
export const portalContext = createContext<PortalContextValue>(Symbol.for('portalkit.portal'));
