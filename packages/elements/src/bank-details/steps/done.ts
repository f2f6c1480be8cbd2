import { formatIban, type BankDetailsRequest } from '@portalkit/protocol';
import { html, type TemplateResult } from 'lit';
import { paragraph, stepHeading, type StepKit } from '../../parts/step-form.js';

/** The approved change is made: the new account, and the e-mail and letter that confirm it. */
export const doneStep = (kit: StepKit, input: BankDetailsRequest): TemplateResult =>
  html`${stepHeading(kit, 'bankDetails.doneHeading')}
    <div part="current">
      <dl>
        <dt>${kit.term('bankDetails.lineHolder')}</dt>
        <dd>${input.holder}</dd>
        <dt>${kit.term('bankDetails.lineIban')}</dt>
        <dd>${formatIban(input.iban)}</dd>
      </dl>
    </div>
    ${paragraph(kit, 'bankDetails.doneText')} ${paragraph(kit, 'bankDetails.doneNotice')}`;
