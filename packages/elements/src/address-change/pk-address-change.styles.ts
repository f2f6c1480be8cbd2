import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const addressChangeStyles = css`
  :where(pk-address-change) {
    display: block;
    max-width: var(--pk-address-change-max-width, 36rem);
  }
  :where(pk-address-change) :where(fieldset) {
    min-width: 0;
    margin-inline: 0;
    padding-block: 0;
    padding-inline-end: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  /* With an error, the shared sheet's bar on the start side marks the group like any field. */
  :where(pk-address-change) :where(fieldset:not(:has(> [part~='error'])), legend) {
    padding: 0;
    border: 0;
  }
  :where(pk-address-change) :where(.pk-date) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceM};
  }
  :where(pk-address-change) :where(.pk-date input) {
    width: 4.5em;
  }
  :where(pk-address-change) :where(.pk-date div:last-child input) {
    width: 6.5em;
  }
`;
