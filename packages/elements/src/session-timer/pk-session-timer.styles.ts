import { css } from 'lit';
import { tokens as t } from '../theme/tokens.js';

export const sessionTimerStyles = css`
  :where(pk-session-timer) :where([part~='dialog']) {
    width: min(var(--pk-session-timer-max-width, 36rem), calc(100% - 2 * ${t.spaceM}));
    max-height: calc(100% - 2 * ${t.spaceM});
    padding: ${t.spaceL};
    border: 2px solid ${t.border};
    border-radius: ${t.radius};
    background: ${t.surface};
    color: ${t.text};
  }
  :where(pk-session-timer) :where([part~='dialog'])::backdrop {
    background: var(--pk-session-timer-backdrop, rgb(0 0 0 / 0.6));
  }
  :where(pk-session-timer) :where([part~='countdown-time']) {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  :where(pk-session-timer) :where([part~='actions']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceS};
    margin-top: ${t.spaceM};
  }
  :where(pk-session-timer) :where([part~='actions'] > button) {
    flex: 1 1 12rem;
    width: auto;
  }
  :where(pk-session-timer) :where([part~='signed-out']) {
    padding: ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  :where(pk-session-timer) :where([part~='login-link']) {
    color: ${t.primary};
    font-weight: 700;
  }
`;
