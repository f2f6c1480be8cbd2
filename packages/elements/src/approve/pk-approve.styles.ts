import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const approveStyles = css`
  :where(pk-approve) {
    max-width: var(--pk-approve-max-width, 36rem);
  }
  /* The heading takes focus so screen readers start the new view there; it is no control. */
  :where(pk-approve) :where([part~='heading']:focus) {
    outline: none;
  }
  :where(pk-approve) :where([part~='title']) {
    margin: ${t.spaceM} 0 ${t.spaceS};
    font-size: ${t.fontSizeM};
  }
  :where(pk-approve) :where([part~='changes']) {
    margin: 0 0 ${t.spaceL};
    padding: ${t.spaceM};
    border: 1px solid ${t.divider};
    border-radius: ${t.radius};
  }
  :where(pk-approve) :where([part~='change'] + [part~='change']) {
    margin-top: ${t.spaceS};
  }
  :where(pk-approve) :where([part~='changes'] dt) {
    font-weight: 700;
  }
  :where(pk-approve) :where([part~='changes'] dd) {
    margin: 0;
    overflow-wrap: anywhere;
  }
  :where(pk-approve) :where([part~='from']) {
    color: ${t.textMuted};
  }
  :where(pk-approve) :where([part~='to']) {
    font-weight: 700;
  }
  :where(pk-approve) :where([part~='secondary-action']) {
    margin-top: ${t.spaceS};
  }
  :where(pk-approve) :where([part~='note']) {
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  /* Dark on light whatever the theme or forced colors: a scanner needs the contrast. */
  :where(pk-approve) :where([part~='qr']) {
    display: block;
    width: var(--pk-approve-qr-size, 14rem);
    max-width: 100%;
    margin: 0 0 ${t.spaceM};
    forced-color-adjust: none;
  }
  :where(pk-approve) :where([part~='link']) {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  :where(pk-approve) :where([part~='number-box']) {
    margin: 0 0 ${t.spaceS};
  }
  :where(pk-approve) :where([part~='number']) {
    margin: 0;
    font-size: 3rem;
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: 0.1em;
  }
  :where(pk-approve) :where([part~='countdown']) {
    font-weight: 700;
  }
  :where(pk-approve) :where([part~='list']) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(pk-approve) :where([part~='item']) {
    padding-block: ${t.spaceM};
    border-top: 1px solid ${t.divider};
  }
  :where(pk-approve) :where(fieldset) {
    min-width: 0;
    margin-inline: 0;
    padding-block: 0;
    padding-inline-end: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  :where(pk-approve) :where(fieldset:not(:has(> [part~='error'])), legend) {
    padding: 0;
    border: 0;
  }
  /* The three numbers side by side, each a large target with its radio button. */
  :where(pk-approve) :where([part~='choices']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceM};
    margin-top: ${t.spaceS};
  }
  :where(pk-approve) :where([part~='choice']) {
    display: flex;
    align-items: center;
    gap: ${t.spaceS};
    padding: ${t.spaceS} ${t.spaceM};
    border: 2px solid ${t.border};
    border-radius: ${t.radius};
  }
  :where(pk-approve) :where([part~='radio']) {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: ${t.primary};
  }
  :where(pk-approve) :where([part~='choice'] [part~='label']) {
    margin: 0;
    font-size: 2rem;
  }
`;
