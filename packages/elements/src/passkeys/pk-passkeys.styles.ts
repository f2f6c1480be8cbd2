import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const passkeysStyles = css`
  :where(pk-passkeys) {
    max-width: var(--pk-passkeys-max-width, 40rem);
  }
  :where(pk-passkeys) :where([part~='passkey-list']) {
    margin: 0 0 ${t.spaceL};
    padding: 0;
    list-style: none;
  }
  :where(pk-passkeys) :where([part~='passkey']) {
    display: flex;
    flex-direction: column;
    gap: ${t.spaceXs};
    margin-bottom: ${t.spaceS};
    padding: ${t.spaceM};
    border: 1px solid ${t.divider};
    border-radius: ${t.radius};
  }
  :where(pk-passkeys) :where([part~='passkey-name']) {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  :where(pk-passkeys) :where([part~='passkey-detail']) {
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
  }
  :where(pk-passkeys) :where([part~='submit'], [part~='secondary-action']) {
    width: auto;
    max-width: 100%;
  }
  /* The forms' and the invitation's buttons side by side, wrapping on narrow screens. */
  :where(pk-passkeys) :where(:is([part~='form'], [part~='rename-form'], [part~='offer']) > button) {
    width: auto;
    max-width: 100%;
    margin: 0 ${t.spaceS} ${t.spaceS} 0;
  }
  :where(pk-passkeys) :where([part~='passkey-actions']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceS};
    margin-top: ${t.spaceXs};
  }
  :where(pk-passkeys) :where([part~='passkey-actions'] > button) {
    width: auto;
  }
  :where(pk-passkeys) :where([part~='warning']) {
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.error};
    background: ${t.surfaceMuted};
    font-weight: 700;
  }
  :where(pk-passkeys) :where([part~='offer']) {
    margin-bottom: ${t.spaceL};
    padding: ${t.spaceM};
    border: 1px solid ${t.divider};
    border-radius: ${t.radius};
  }
  /* The heading takes focus so screen readers start the step there; it is no control. */
  :where(pk-passkeys) :where([part~='heading']:focus) {
    outline: none;
  }
`;
