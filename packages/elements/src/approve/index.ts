import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { approveClient } from './pk-approve.client.js';
import { PkApprove } from './pk-approve.js';

export { PkApprove, type ApproveState, type ApproveStep } from './pk-approve.js';
export type { ApproveClient, ApprovalEventHandlers } from './pk-approve.client.js';
export type { ApproveTerms } from './pk-approve.terms.js';
export * from './pk-approve.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(approveClient);
defineElement('pk-approve', PkApprove);

declare global {
  interface HTMLElementTagNameMap {
    'pk-approve': PkApprove;
  }
}
