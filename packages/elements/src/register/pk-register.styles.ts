import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const registerStyles = css`
  :where(pk-register) {
    max-width: var(--pk-register-max-width, 36rem);
  }
  :where(pk-register) :where([part~='progress']) {
    display: block;
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
    font-weight: 400;
  }
  :where(pk-register) :where([part~='heading']) {
    margin-bottom: ${t.spaceM};
  }
  /* The heading takes focus so screen readers start the new step there; it is no control. */
  :where(pk-register) :where([part~='heading']:focus) {
    outline: none;
  }
  :where(pk-register) :where(fieldset) {
    min-width: 0;
    margin-inline: 0;
    padding-block: 0;
    padding-inline-end: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  /* With an error, the shared sheet's bar on the start side marks the date like any field. */
  :where(pk-register) :where(fieldset:not(:has(> [part~='error'])), legend) {
    padding: 0;
    border: 0;
  }
  :where(pk-register) :where(.pk-date) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceM};
  }
  :where(pk-register) :where(.pk-date input) {
    width: 4.5em;
  }
  :where(pk-register) :where(.pk-date div:last-child input) {
    width: 6.5em;
  }
  :where(pk-register) :where([part~='note']) {
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  :where(pk-register) :where([part~='secondary-action']) {
    margin-top: ${t.spaceS};
  }
`;
