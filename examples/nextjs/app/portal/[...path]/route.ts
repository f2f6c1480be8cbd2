import { toNextHandler } from '@portalkit/server/next';
import { openPortal } from '../../../lib/portal';

export const { GET, POST } = toNextHandler(openPortal);
