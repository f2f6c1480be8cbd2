import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const loginStyles = css`
  :where(pk-login) {
    max-width: var(--pk-login-max-width, 30rem);
  }
  :where(pk-login[methods='all']) :where([part~='passkey-section']) {
    margin-top: ${t.spaceXl};
    padding-top: ${t.spaceL};
    border-top: 1px solid ${t.divider};
  }
  /* Without a password form the passkey button is the main action. */
  :where(pk-login[methods='passkey']) :where([part~='secondary-action']) {
    border-color: transparent;
    background: ${t.primary};
    color: ${t.onPrimary};
  }
  :where(pk-login[methods='passkey']) :where([part~='secondary-action']:hover) {
    background: ${t.primaryHover};
  }
`;
