import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const accountStyles = css`
  :where(pk-account) {
    display: block;
    max-width: var(--pk-account-max-width, 40rem);
  }
  :where(pk-account) :where([part~='section']) {
    padding-block: ${t.spaceM};
    border-bottom: 1px solid ${t.divider};
  }
  :where(pk-account) :where([part~='section-heading']) {
    margin: 0 0 ${t.spaceXs};
    font-size: ${t.fontSizeL};
  }
  :where(pk-account) :where([part~='summary'], [part~='current']) {
    margin: 0 0 ${t.spaceS};
    overflow-wrap: anywhere;
  }
  :where(pk-account)
    :where([part~='action'], [part~='end-session'], [part~='submit'], [part~='secondary-action']) {
    width: auto;
    max-width: 100%;
  }
  /* The heading takes focus so screen readers start the new step there; it is no control. */
  :where(pk-account) :where([part~='heading']:focus) {
    outline: none;
  }
  :where(pk-account) :where([part~='session-list']) {
    margin: 0 0 ${t.spaceL};
    padding: 0;
    list-style: none;
  }
  :where(pk-account) :where([part~='session']) {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${t.spaceXs};
    margin-bottom: ${t.spaceS};
    padding: ${t.spaceM};
    border: 1px solid ${t.divider};
    border-radius: ${t.radius};
  }
  :where(pk-account) :where([part~='session-device']) {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  :where(pk-account) :where([part~='current-device']) {
    margin-inline-start: ${t.spaceXs};
    padding: 0 ${t.spaceXs};
    border: 1px solid currentColor;
    border-radius: ${t.radius};
    font-size: ${t.fontSizeS};
    font-weight: 400;
  }
  :where(pk-account) :where([part~='session-detail']) {
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
  }
  :where(pk-account) :where([part~='consequences'] li + li) {
    margin-top: ${t.spaceXs};
  }
  :where(pk-account) :where(form > button, [part~='step'] > button) {
    margin: 0 ${t.spaceS} ${t.spaceS} 0;
  }
`;
