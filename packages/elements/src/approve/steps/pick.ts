import { html, nothing, type TemplateResult } from 'lit';
import { choices } from '../../parts/choices.js';
import type { StepKit } from '../../parts/step-form.js';
import { approvalHeading, changes, type SummaryText } from './changes.js';
import { actionButton } from './summary.js';

/**
 * On the phone: the transaction, and three numbers to pick the one the other device shows (against
 * approving a request the member did not make). A wrong pick cancels the transaction.
 */
export function pickStep(
  kit: StepKit,
  text: SummaryText,
  numbers: readonly string[],
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    kit.onSubmit(event.currentTarget as HTMLFormElement);
  };
  return html`<form
    part="step form"
    method="post"
    action=""
    novalidate
    aria-labelledby=${kit.id('heading')}
    aria-busy=${kit.busy ? 'true' : nothing}
    @submit=${submit}
    @input=${kit.onInput}
  >
    ${kit.summary} ${approvalHeading(kit, text)} ${changes(kit, text)}
    ${choices({
      id: kit.id('number'),
      name: 'number',
      legend: kit.term('approve.pickLegend'),
      hint: kit.term('approve.pickHint'),
      error: kit.fieldError('number'),
      errorPrefix: kit.term('common.errorPrefix'),
      choices: numbers.map((number) => ({ value: number, label: number })),
      checked: kit.values['number'],
    })}
    <button type="submit" part="submit">
      ${kit.term(kit.busy === 'approve.pickBusy' ? kit.busy : 'approve.pickSubmit')}
    </button>
    ${actionButton(
      kit,
      'secondary-action',
      'approve.deny',
      kit.onSecondary,
      kit.busy === 'approve.denyBusy',
    )}
  </form>`;
}
