import type {
  AccountView as AccountAnswer,
  ApprovalStatus,
  ApprovalView,
  ErrorCode,
  PasswordRuleId,
  SessionView,
} from '@portalkit/protocol';
import type { StepForm as Form } from '../base/step-element.js';
import type { ClientError } from '../client/client-error.js';
import type { Message, PlainKey } from '../i18n/messages.js';
import type { AccountClient } from './pk-account.client.js';

/** The member's name, e-mail address and number of passkeys, as loaded. */
export type AccountData = AccountAnswer['account'];

/** What `<pk-account>` shows (`state`): `loading` the settings, then a step's phase. */
export type AccountState = 'loading' | 'idle' | 'busy' | 'error' | 'success';

/** The tasks the overview opens, each from its section's button. */
export type Task = 'email' | 'password' | 'sessions' | 'end';

/** The settings are loading (`busy`) or could not be loaded (`error`, with a retry). */
export type LoadView = Form<'loading'>;
export type EmailView = Form<'email'>;
/**
 * `email`: where the code went. `resending`: "Code erneut senden" runs; `resent`: it was pressed
 * and a new code is on its way.
 */
export type CodeView = Form<'email-code'> & {
  email: string;
  expiresIn: number;
  resending?: boolean;
  resent?: boolean;
};
/** `failed`: the rules the new password broke on submit (the browser's check or the server's). */
export type PasswordView = Form<'password'> & { failed: PasswordRuleId[] };
/**
 * The sessions: `ending` the one whose "Abmelden" runs, `ended` what was signed out last (a
 * device, or every other one), said on screen and in the status region.
 */
export type SessionsView = Form<'sessions'> & {
  ending?: string | undefined;
  ended?: { id: string } | 'others' | 'gone' | undefined;
};
/** "Alle anderen Geräte abmelden" asks first (WCAG 3.3.4). */
export type EndOthersView = Form<'end-others'>;
/** What ending the registration means, and its button. */
export type EndView = Form<'end'>;
/** The steps with a form, each idle, busy or showing errors. */
export type FormView =
  LoadView | EmailView | CodeView | PasswordView | SessionsView | EndOthersView | EndView;

/** `status`: the approval's status as `<pk-approve>` reported it. */
export type ApproveView = {
  is: 'end-approve';
  approval: ApprovalView;
  status: ApprovalStatus;
};

/** What `<pk-account>` shows; `step` is its `is` (none while loading). */
export type AccountView =
  | FormView
  | { is: 'overview' }
  | ApproveView
  | { is: 'email-done'; email: string }
  | { is: 'password-done' }
  | { is: 'end-done'; approval: ApprovalView };

const form = <S extends FormView['is']>(is: S) => ({
  is,
  phase: 'idle' as const,
  errors: [],
});

export const loadView = (): LoadView => ({ ...form('loading'), phase: 'busy' });
export const emailView = (): EmailView => form('email');
export const passwordView = (): PasswordView => ({
  ...form('password'),
  failed: [],
});
export const sessionsView = (ended?: SessionsView['ended']): SessionsView => ({
  ...form('sessions'),
  ended,
});
export const endOthersView = (): EndOthersView => form('end-others');
export const endView = (): EndView => form('end');

/** The task a step belongs to (the overview and loading belong to none). */
export function taskOf(view: AccountView): Task | undefined {
  switch (view.is) {
    case 'email':
    case 'email-code':
    case 'email-done':
      return 'email';
    case 'password':
    case 'password-done':
      return 'password';
    case 'sessions':
    case 'end-others':
      return 'sessions';
    case 'end':
    case 'end-approve':
      return 'end';
    default:
      return undefined;
  }
}

/** What a step says while its request runs, on its button and in the status region. */
export function busyText(view: FormView): PlainKey {
  switch (view.is) {
    case 'loading':
      return 'account.loadBusy';
    case 'email':
      return 'account.emailBusy';
    case 'email-code':
      return view.resending ? 'account.resendBusy' : 'account.codeBusy';
    case 'password':
      return 'account.passwordBusy';
    case 'sessions':
    case 'end-others':
      return 'account.endSessionBusy';
    case 'end':
      return 'account.endBusy';
  }
}

/**
 * What a task's module (`email-task.ts`, `password-task.ts`, `sessions-task.ts`) may do with the
 * element: the step elements' `run`, `fail`, `go` and `read`, the account and sessions as loaded,
 * the status region, and its events.
 */
export interface AccountHost {
  readonly values: Record<string, string>;
  account: AccountData | undefined;
  sessions: SessionView[];
  status: Message | undefined;
  readonly view: AccountView;
  run<T>(
    view: FormView,
    work: (client: AccountClient, signal: AbortSignal) => Promise<T>,
    complete: (value: T) => void,
    refused?: (error: ClientError) => FormView | undefined,
    busy?: FormView,
  ): void;
  fail(view: FormView, code: ErrorCode): void;
  go(view: AccountView): void;
  /** Shows a view in place of the current one: focus and status stay. */
  show(view: AccountView): void;
  read(form: HTMLFormElement): (name: string) => string;
  focus(selector: string): void;
  dispatchEvent(event: Event): boolean;
  requestUpdate(): void;
  readonly client: AccountClient;
  readonly busy: boolean;
}
