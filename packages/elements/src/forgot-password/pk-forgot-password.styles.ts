import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const forgotPasswordStyles = css`
  :where(pk-forgot-password) {
    max-width: var(--pk-forgot-password-max-width, 36rem);
  }
  :where(pk-forgot-password) :where([part~='heading']) {
    margin-bottom: ${t.spaceM};
  }
  /* The heading takes focus so screen readers start the new step there; it is no control. */
  :where(pk-forgot-password) :where([part~='heading']:focus) {
    outline: none;
  }
  :where(pk-forgot-password) :where(fieldset) {
    min-width: 0;
    margin-inline: 0;
    padding-block: 0;
    padding-inline-end: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  /* With an error, the shared sheet's bar on the start side marks the group like any field. */
  :where(pk-forgot-password) :where(fieldset:not(:has(> [part~='error'])), legend) {
    padding: 0;
    border: 0;
  }
  :where(pk-forgot-password) :where([part~='choices']) {
    display: grid;
    gap: ${t.spaceM};
    margin-top: ${t.spaceS};
  }
  /* The radio button beside its label, the hint under the label. */
  :where(pk-forgot-password) :where([part~='choice']) {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${t.spaceS};
    align-items: center;
  }
  :where(pk-forgot-password) :where([part~='radio']) {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: ${t.primary};
  }
  :where(pk-forgot-password) :where([part~='choice'] [part~='label']) {
    margin: 0;
    font-weight: 400;
  }
  :where(pk-forgot-password) :where([part~='choice'] [part~='hint']) {
    grid-column: 2;
    margin: 0;
  }
  :where(pk-forgot-password) :where([part~='note']) {
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  :where(pk-forgot-password) :where([part~='secondary-action']) {
    margin-top: ${t.spaceS};
  }
`;
