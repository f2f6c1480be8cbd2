import { css } from 'lit';

export const bankDetailsStyles = css`
  :where(pk-bank-details) {
    display: block;
    max-width: var(--pk-bank-details-max-width, 36rem);
  }
  /* An IBAN is read and compared in its groups: a font whose digits line up. */
  :where(pk-bank-details) :where(input[name='iban'], [part~='current'] dd, [part~='review'] td) {
    font-variant-numeric: tabular-nums;
  }
`;
