import type { PasswordRuleId } from '@portalkit/protocol';
import type { StepForm as Form } from '../base/step-element.js';
import type { DatePart } from '../parts/date-field.js';

/** What `<pk-register>` shows in each step. */
export type RegisterState = 'loading' | 'idle' | 'busy' | 'error' | 'success';

export type IdentifyView = Form<'identify'> & { invalidDate?: DatePart[] };
export type ActivateView = Form<'activate'> & { prefilled?: boolean };
/** `failed`: the rules the password broke on submit (the browser's check or the server's). */
export type PasswordView = Form<'password'> & { failed: PasswordRuleId[] };
/** `later`: the member chose "Später"; the step explains what a passkey protects. */
export type PasskeyView = Form<'passkey'> & { later: boolean };
/** The steps with a form, each idle, busy or showing errors. */
export type FormView = IdentifyView | ActivateView | PasswordView | PasskeyView;

/** What a step with a form says while its request runs, on its button and in the status. */
export const busyText = (view: FormView) => `register.${view.is}Busy` as const;

/** What `<pk-register>` shows; `step` is its `is`, `state` its phase (`success`: no form). */
export type RegisterView =
  /** Asking the server whether this browser's activation still holds. */
  | { is: 'loading' }
  | IdentifyView
  /** Step 1's answer: a letter is on its way if the details matched. */
  | { is: 'letter' }
  | ActivateView
  | PasswordView
  | PasskeyView
  | { is: 'done'; passkeyAdded: boolean };

export const identify = (): IdentifyView => ({ is: 'identify', phase: 'idle', errors: [] });
export const activate = (prefilled = false): ActivateView => ({
  is: 'activate',
  phase: 'idle',
  errors: [],
  prefilled,
});
export const password = (): PasswordView => ({
  is: 'password',
  phase: 'idle',
  errors: [],
  failed: [],
});
export const passkey = (later = false): PasskeyView => ({
  is: 'passkey',
  phase: 'idle',
  errors: [],
  later,
});
