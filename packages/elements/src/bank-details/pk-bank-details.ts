import { formatIban, type ApprovalPending, type BankDetailsRequest } from '@portalkit/protocol';
import { ProtectedForm, type ProtectedState } from '../base/protected-form.js';
import type { ReviewLine } from '../parts/protected-form.js';
import type { StepKit } from '../parts/step-form.js';
import { checkBankDetails } from './pk-bank-details.checks.js';
import { bankDetailsClient, type BankDetailsClient } from './pk-bank-details.client.js';
import { bankDetailsDe } from './pk-bank-details.de.js';
import { bankDetailsEn } from './pk-bank-details.en.js';
import {
  PkBankDetailsCompleteEvent,
  PkBankDetailsErrorEvent,
  PkBankDetailsStepEvent,
  type BankDetailsStep,
} from './pk-bank-details.events.js';
import { bankDetailsStyles } from './pk-bank-details.styles.js';
import { doneStep } from './steps/done.js';
import { formStep, type BankDetailsOnFile } from './steps/form.js';

export type BankDetailsState = ProtectedState;
export type { BankDetailsStep };

/**
 * @summary Changes the account the insurer pays refunds into, approved with a passkey: the
 * details on file (masked), the account holder and IBAN, a review of old beside new, then
 * `<pk-approve>`.
 *
 * Loads the bank details on file, the IBAN masked (or says there are none), with "Erneut
 * versuchen" if that fails. The IBAN is grouped in fours as it is typed or pasted, the caret
 * staying after the character it followed; on submit it is checked for its country's length,
 * its format and its check digits (mod 97), with an error summary. Then a review of old beside
 * new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent, the change waits for
 * the member's approval: `<pk-approve>` shows it inline, bound to exactly this change. Once
 * approved, the element shows the new account and says that an e-mail and a letter confirm it.
 * Each step's heading takes focus when it appears.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success'} state - What the element shows
 *   (read only): `loading` the details on file, the form's and review's phases (`idle` while
 *   `<pk-approve>` is shown), `success` at the end.
 * @attr {'form' | 'review' | 'approve' | 'done'} step - The current step (read only); absent
 *   while the details on file load.
 *
 * @fires {PkBankDetailsCompleteEvent} pk-bank-details-complete - The new bank details are
 *   approved and saved; `detail: { approval }`.
 * @fires {PkBankDetailsStepEvent} pk-bank-details-step - Another step is shown;
 *   `detail: { step }`.
 * @fires {PkBankDetailsErrorEvent} pk-bank-details-error - An error is shown, the inline
 *   approval's too; `detail: { code }`.
 *
 * @csspart step - The current step (a form on the form and review steps).
 * @csspart form - The step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart current - The bank details on file, and the new ones at the end.
 * @csspart field - A label, hint, error and input group.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text input.
 * @csspart error - A field's error message.
 * @csspart review - The review's table of old beside new.
 * @csspart from - An old value in the review.
 * @csspart to - A new value in the review.
 * @csspart submit - The step's main button: "Weiter", "Senden und freigeben".
 * @csspart secondary-action - "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
 *
 * @cssproperty --pk-bank-details-max-width - Width of the element.
 */
export class PkBankDetails extends ProtectedForm<
  BankDetailsClient,
  BankDetailsOnFile,
  BankDetailsRequest
> {
  constructor() {
    super({
      client: bankDetailsClient,
      terms: { de: bankDetailsDe, en: bankDetailsEn },
      styles: [bankDetailsStyles],
      stepEvent: PkBankDetailsStepEvent,
      errorEvent: PkBankDetailsErrorEvent,
      completeEvent: PkBankDetailsCompleteEvent,
      loadFailed: 'bankDetails.loadFailed',
      reviewTitle: 'bankDetails.reviewTitle',
    });
  }

  override get state(): BankDetailsState {
    return super.state;
  }

  override get step(): BankDetailsStep | undefined {
    return super.step;
  }

  protected async load(client: BankDetailsClient, signal: AbortSignal): Promise<BankDetailsOnFile> {
    return (await client.currentBankDetails({ signal })).bankDetails;
  }

  protected send(
    client: BankDetailsClient,
    input: BankDetailsRequest,
    signal: AbortSignal,
  ): Promise<ApprovalPending> {
    return client.changeBankDetails(input, { signal });
  }

  protected check(values: Readonly<Record<string, string>>) {
    return checkBankDetails(values);
  }

  protected renderForm(kit: StepKit, _view: unknown, current: BankDetailsOnFile) {
    return formStep(kit, current);
  }

  protected reviewLines(current: BankDetailsOnFile, input: BankDetailsRequest): ReviewLine[] {
    return [
      { label: 'bankDetails.lineHolder', from: current?.holder ?? null, to: input.holder },
      { label: 'bankDetails.lineIban', from: current?.iban ?? null, to: formatIban(input.iban) },
    ];
  }

  protected renderDone(kit: StepKit, input: BankDetailsRequest) {
    return doneStep(kit, input);
  }
}
