import { css, html } from 'lit';
import type { PlainKey } from '../i18n/messages.js';
import { perTag, tokens as t } from '../theme/tokens.js';
import { stepForm, type StepKit } from './step-form.js';

// The steps every protected form shares with `<pk-document-upload>`, where they live.
export { loadStep } from './load-step.js';
export {
  approveStep,
  inlineApprove,
  type ApproveStepOptions,
  type InlineApproveOptions,
} from './inline-approve.js';

/** One line of a review: what it is, what is on file (`null`: nothing), what it becomes. */
export interface ReviewLine {
  label: PlainKey;
  from: string | null;
  to: string;
}

/**
 * The review before anything is sent (WCAG 3.3.4, BITV 9.3.3.4): a table of old beside new, then
 * "Senden und freigeben" and "Ändern", which goes back to the form with every value kept.
 */
export function reviewStep(kit: StepKit, title: PlainKey, lines: readonly ReviewLine[]) {
  const { term } = kit;
  return stepForm(kit, {
    heading: 'protectedForm.reviewHeading',
    body: html`<p>${term('protectedForm.reviewIntro')}</p>
      <table part="review">
        <caption>
          ${term(title)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('protectedForm.item')}</th>
            <th scope="col">${term('protectedForm.before')}</th>
            <th scope="col">${term('protectedForm.after')}</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            (line) =>
              html`<tr>
                <th scope="row">${term(line.label)}</th>
                <td part="from">${line.from ?? term('protectedForm.none')}</td>
                <td part="to">${line.to}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    submit: 'protectedForm.send',
    secondary: 'protectedForm.edit',
  });
}

/** The review table and the boxes of what is on file: shared by every protected form. */
export const protectedFormStyles = perTag(
  (host) => css`
    ${host} :where([part~='review']) {
      width: 100%;
      margin-block: ${t.spaceM};
      border-collapse: collapse;
    }
    ${host} :where([part~='review'] caption) {
      margin-bottom: ${t.spaceS};
      font-weight: 700;
      text-align: start;
    }
    ${host} :where([part~='review'] :is(th, td)) {
      padding: ${t.spaceS};
      border-bottom: 1px solid ${t.divider};
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    ${host} :where([part~='review'] td[part~='from']) {
      color: ${t.textMuted};
    }
    ${host} :where([part~='review'] td[part~='to']) {
      font-weight: 700;
    }
    ${host} :where([part~='current']) {
      margin-block: ${t.spaceM};
      padding: ${t.spaceS} ${t.spaceM};
      border-inline-start: 4px solid ${t.divider};
      background: ${t.surfaceMuted};
    }
    ${host} :where([part~='current'] :is(h3, p, dl, dd)) {
      margin: 0;
    }
    /* A label for what is on file, below the step's heading in rank and in size. */
    ${host} :where([part~='current'] h3) {
      font-size: ${t.fontSizeM};
    }
    ${host} :where([part~='current'] dt) {
      color: ${t.textMuted};
    }
    ${host} :where([part~='current'] dd + dt) {
      margin-top: ${t.spaceXs};
    }
    ${host} :where([part~='heading']) {
      margin-bottom: ${t.spaceM};
    }
    /* The heading takes focus so screen readers start the new step there; it is no control. */
    ${host} :where([part~='heading']:focus) {
      outline: none;
    }
    ${host} :where([part~='secondary-action']) {
      margin-top: ${t.spaceS};
    }
  `,
);
