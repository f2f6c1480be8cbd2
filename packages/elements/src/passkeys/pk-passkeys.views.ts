import type {
  ApprovalStatus,
  ApprovalView,
  ErrorCode,
  PasskeyList,
  PasskeyView,
} from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import { wording, type ErrorWording } from '../i18n/error-message.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Message } from '../i18n/messages.js';
import type { PasskeysClient } from './pk-passkeys.client.js';

export type PasskeysState = 'loading' | 'idle' | 'busy' | 'error' | 'success' | 'confirm';

export interface Shown {
  code: ErrorCode;
  message: Message;
}

/** What `<pk-passkeys>` shows; `state` is derived from it. */
export type PasskeysView =
  | { is: 'loading' }
  | { is: 'loadFailed'; error: Shown }
  | { is: 'list' }
  /** `from`: the list's button, or the confirm form (which stays while the passkey is added). */
  | { is: 'adding'; from: 'list' | 'confirm' }
  | { is: 'added' }
  | { is: 'addFailed'; error: Shown }
  /** The password form the server asked for (`CONFIRMATION_REQUIRED`), with its errors. */
  | { is: 'confirm'; errors: FormError<'password'>[] }
  | { is: 'confirming' }
  /** A passkey's name as a field in its row; `value`: what the field shows. */
  | { is: 'rename'; passkey: PasskeyView; value: string; errors: FormError[]; busy: boolean }
  | { is: 'renamed' }
  /** Removing a passkey: the confirm step (`last`: with the password, no approval). */
  | { is: 'remove'; passkey: PasskeyView; last: boolean; errors: FormError[]; busy: boolean }
  /** `<pk-approve>` inline with the removal's approval; `status` as it reports it. */
  | { is: 'approve'; passkey: PasskeyView; approval: ApprovalView; status: ApprovalStatus }
  | { is: 'removed' }
  /** "Nicht jetzt" to the invitation (`offer` mode). */
  | { is: 'dismissing' }
  | { is: 'dismissed' };

const states: Record<PasskeysView['is'], PasskeysState> = {
  loading: 'loading',
  loadFailed: 'error',
  list: 'idle',
  adding: 'busy',
  added: 'success',
  addFailed: 'error',
  confirm: 'confirm',
  confirming: 'busy',
  rename: 'idle',
  renamed: 'success',
  remove: 'confirm',
  // `<pk-approve>` shows its own phases.
  approve: 'idle',
  removed: 'success',
  dismissing: 'busy',
  dismissed: 'success',
};

/** The state a view shows: a form with errors is `error`, one whose request runs `busy`. */
export function stateOf(view: PasskeysView): PasskeysState {
  if ('errors' in view && view.errors.length > 0) return 'error';
  if ('busy' in view && view.busy) return 'busy';
  return states[view.is];
}

export const loadWording = wording('passkeys.loadFailed', {});
export const addWording = wording('passkeys.addUnavailable', {
  PASSKEY_CANCELLED: 'passkeys.addCancelled',
  PASSKEY_FAILED: 'passkeys.addFailed',
  PASSKEY_INVALID: 'passkeys.addFailed',
  PASSKEY_UNSUPPORTED: 'passkeys.unsupported',
});
export const confirmWording: ErrorWording = {
  ...addWording,
  CREDENTIALS_INVALID: 'passkeys.passwordWrong',
};
export const renameWording = wording('passkeys.renameFailed', {
  NOT_FOUND: 'passkeys.renameFailed',
  VALIDATION_FAILED: 'passkeys.renameFailed',
});
export const removeWording = wording('passkeys.removeFailed', {
  NOT_FOUND: 'passkeys.removeFailed',
  VALIDATION_FAILED: 'passkeys.removeFailed',
  CREDENTIALS_INVALID: 'passkeys.passwordWrong',
});
export const sessionCodes: readonly ErrorCode[] = ['SESSION_EXPIRED', 'SESSION_REQUIRED'];

/** What renaming and removing (`rename-flow.ts`, `remove-flow.ts`) use of `<pk-passkeys>`. */
export interface PasskeysHost {
  view: PasskeysView;
  status: Message | undefined;
  /** The list as shown. */
  passkeys: PasskeyView[];
  readonly client: PasskeysClient;
  readonly localize: LocalizeController;
  /** An id unique on the page for one of the element's controls. */
  id(name: string): string;
  summary(errors: readonly FormError[]): TemplateResult;
  fieldError(errors: readonly FormError[], name: string): string | undefined;
  /** Moves focus to the first match once the next render is done. */
  focus(selector: string): void;
  /** Shows an error view: fires `pk-passkeys-error` and focuses the error summary. */
  fail(view: PasskeysView, code: ErrorCode): void;
  dispatch(event: Event): void;
  /** Tells the password manager the passkeys shown (`signalAllAcceptedCredentials`). */
  signalPasskeys(): void;
  /** Loads the list again, quietly; `failed` when it cannot. */
  reload(failed?: () => void): void;
  /** Takes a list the server answered (a removal with the password). */
  apply(list: PasskeyList): void;
}
