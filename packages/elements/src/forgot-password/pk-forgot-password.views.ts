import type { PasswordRuleId, ResetChannel } from '@portalkit/protocol';
import type { StepForm as Form } from '../base/step-element.js';

/** What `<pk-forgot-password>` shows in each step. */
export type ForgotPasswordState = 'idle' | 'busy' | 'error' | 'success';

/** The ways a member can prove it is their account: a code by one channel, or a passkey. */
export type ResetMethod = ResetChannel | 'passkey';
export const resetMethods: readonly ResetMethod[] = ['email', 'sms', 'letter', 'passkey'];

export type IdentifyView = Form<'identify'>;
/** `by`: the way chosen, while its request or the passkey prompt runs. */
export type MethodView = Form<'method'> & { by?: ResetMethod };
/**
 * `channel`: where the code went (none: the member already had one). `askIdentifier`: opened from
 * a letter's QR code, so the step asks whose account it is. `resending`: "Code erneut senden" runs;
 * `resent`: it was pressed and a new code is on its way.
 */
export type CodeView = Form<'code'> & {
  channel?: ResetChannel | undefined;
  askIdentifier: boolean;
  prefilled: boolean;
  resending?: boolean;
  resent?: boolean;
};
/** `failed`: the rules the password broke on submit (the browser's check or the server's). */
export type PasswordView = Form<'password'> & { failed: PasswordRuleId[] };
/** The steps with a form, each idle, busy or showing errors. */
export type FormView = IdentifyView | MethodView | CodeView | PasswordView;

/** What `<pk-forgot-password>` shows; `step` is its `is`, `state` its phase (`success`: no form). */
export type ForgotPasswordView =
  | FormView
  /** A letter was asked for: it is on its way if the account exists. */
  | { is: 'letter' }
  | { is: 'done' };

export const identify = (): IdentifyView => ({ is: 'identify', phase: 'idle', errors: [] });
export const method = (): MethodView => ({ is: 'method', phase: 'idle', errors: [] });
export const code = (
  channel?: ResetChannel,
  options: { askIdentifier?: boolean; prefilled?: boolean } = {},
): CodeView => ({
  is: 'code',
  phase: 'idle',
  errors: [],
  channel,
  askIdentifier: options.askIdentifier ?? false,
  prefilled: options.prefilled ?? false,
});
export const password = (): PasswordView => ({
  is: 'password',
  phase: 'idle',
  errors: [],
  failed: [],
});

type BusyKey = `forgotPassword.${'request' | 'passkey' | 'code' | 'password'}Busy`;

/** What a step says while its request runs, on its button and in the status. */
export function busyText(view: FormView): BusyKey {
  if (view.is === 'method') {
    return view.by === 'passkey' ? 'forgotPassword.passkeyBusy' : 'forgotPassword.requestBusy';
  }
  if (view.is === 'code') {
    return view.resending ? 'forgotPassword.requestBusy' : 'forgotPassword.codeBusy';
  }
  return 'forgotPassword.passwordBusy';
}
