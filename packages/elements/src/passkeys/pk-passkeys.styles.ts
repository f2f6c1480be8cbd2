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
  /* The confirm form's two buttons side by side, wrapping on narrow screens. */
  :where(pk-passkeys) :where([part~='form'] > button) {
    margin: 0 ${t.spaceS} ${t.spaceS} 0;
  }
`;
