import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { forgotPasswordClient } from './pk-forgot-password.client.js';
import { PkForgotPassword } from './pk-forgot-password.js';

export {
  PkForgotPassword,
  type ForgotPasswordState,
  type ForgotPasswordStep,
  type ResetMethod,
} from './pk-forgot-password.js';
export type { ForgotPasswordClient } from './pk-forgot-password.client.js';
export type { ForgotPasswordTerms } from './pk-forgot-password.terms.js';
export * from './pk-forgot-password.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(forgotPasswordClient);
defineElement('pk-forgot-password', PkForgotPassword);

declare global {
  interface HTMLElementTagNameMap {
    'pk-forgot-password': PkForgotPassword;
  }
}
