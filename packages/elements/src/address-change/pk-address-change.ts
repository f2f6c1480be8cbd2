import type { AddressChangeRequest, ApprovalPending, PostalAddress } from '@portalkit/protocol';
import { ProtectedForm, type FormView, type ProtectedState } from '../base/protected-form.js';
import { pageClock, type Clock } from '../controllers/cooldown-controller.js';
import type { ReviewLine } from '../parts/protected-form.js';
import type { StepKit } from '../parts/step-form.js';
import { checkAddress, isoToday, longDate } from './pk-address-change.checks.js';
import { addressChangeClient, type AddressChangeClient } from './pk-address-change.client.js';
import { addressChangeDe } from './pk-address-change.de.js';
import { addressChangeEn } from './pk-address-change.en.js';
import {
  PkAddressChangeCompleteEvent,
  PkAddressChangeErrorEvent,
  PkAddressChangeStepEvent,
  type AddressChangeStep,
} from './pk-address-change.events.js';
import { addressChangeStyles } from './pk-address-change.styles.js';
import { addressLines, formStep } from './steps/form.js';
import { doneStep } from './steps/done.js';

export type AddressChangeState = ProtectedState;
export type { AddressChangeStep };

/**
 * @summary Changes the member's postal address, approved with a passkey: the current address,
 * the new one with the date it holds from, a review of old beside new, then `<pk-approve>`.
 *
 * Loads the current address from the insurer's registry (with "Erneut versuchen" if that fails),
 * then asks for street, house number, postcode (5 digits) and town, each with its autocomplete
 * token, and the date the new address holds from as three labelled fields (Tag, Monat, Jahr; at
 * most 12 months back and 6 months ahead). Checked on submit with an error summary; then a
 * review of old beside new, with "Ändern" back to the form, every value kept (WCAG 3.3.4). Sent,
 * the change waits for the member's approval: `<pk-approve>` shows it inline, bound to exactly
 * this change. Once approved, the element shows the new address and says that letters to the
 * old and the new address confirm it. Each step's heading takes focus when it appears.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success'} state - What the element shows
 *   (read only): `loading` the current address, the form's and review's phases (`idle` while
 *   `<pk-approve>` is shown), `success` at the end.
 * @attr {'form' | 'review' | 'approve' | 'done'} step - The current step (read only); absent
 *   while the current address loads.
 *
 * @fires {PkAddressChangeCompleteEvent} pk-address-change-complete - The new address is
 *   approved and saved; `detail: { approval }`.
 * @fires {PkAddressChangeStepEvent} pk-address-change-step - Another step is shown;
 *   `detail: { step }`.
 * @fires {PkAddressChangeErrorEvent} pk-address-change-error - An error is shown, the inline
 *   approval's too; `detail: { code }`.
 *
 * @csspart step - The current step (a form on the form and review steps).
 * @csspart form - The step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart current - The address on file, and the new one at the end.
 * @csspart field - A label, hint, error and input group (the date's fieldset too).
 * @csspart label - A field's label, the date's legend.
 * @csspart hint - A field's hint.
 * @csspart input - A text input.
 * @csspart error - A field's error message.
 * @csspart review - The review's table of old beside new.
 * @csspart from - An old value in the review.
 * @csspart to - A new value in the review.
 * @csspart submit - The step's main button: "Weiter", "Senden und freigeben".
 * @csspart secondary-action - "Ändern", "Erneut versuchen", "Änderung erneut eingeben".
 *
 * @cssproperty --pk-address-change-max-width - Width of the element.
 */
export class PkAddressChange extends ProtectedForm<
  AddressChangeClient,
  PostalAddress,
  AddressChangeRequest
> {
  /**
   * Where "today" is read for the valid-from date's range.
   * @internal
   */
  clock: Clock = pageClock;

  constructor() {
    super({
      client: addressChangeClient,
      terms: { de: addressChangeDe, en: addressChangeEn },
      styles: [addressChangeStyles],
      stepEvent: PkAddressChangeStepEvent,
      errorEvent: PkAddressChangeErrorEvent,
      completeEvent: PkAddressChangeCompleteEvent,
      loadFailed: 'addressChange.loadFailed',
      reviewTitle: 'addressChange.reviewTitle',
    });
  }

  override get state(): AddressChangeState {
    return super.state;
  }

  override get step(): AddressChangeStep | undefined {
    return super.step;
  }

  protected async load(client: AddressChangeClient, signal: AbortSignal): Promise<PostalAddress> {
    return (await client.currentAddress({ signal })).address;
  }

  protected send(
    client: AddressChangeClient,
    input: AddressChangeRequest,
    signal: AbortSignal,
  ): Promise<ApprovalPending> {
    return client.changeAddress(input, { signal });
  }

  protected check(values: Readonly<Record<string, string>>) {
    return checkAddress(values, isoToday(this.clock.now()));
  }

  protected renderForm(kit: StepKit, view: FormView, current: PostalAddress) {
    return formStep(kit, view, current);
  }

  protected reviewLines(current: PostalAddress, input: AddressChangeRequest): ReviewLine[] {
    const [street, place] = addressLines(current);
    const [newStreet, newPlace] = addressLines(input);
    return [
      { label: 'addressChange.lineStreet', from: street, to: newStreet },
      { label: 'addressChange.linePlace', from: place, to: newPlace },
      {
        label: 'addressChange.lineValidFrom',
        from: null,
        to: longDate(input.validFrom, this.localize.lang),
      },
    ];
  }

  protected renderDone(kit: StepKit, input: AddressChangeRequest) {
    return doneStep(kit, input, longDate(input.validFrom, this.localize.lang));
  }
}
