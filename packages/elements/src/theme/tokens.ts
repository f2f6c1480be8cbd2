import { css, unsafeCSS } from 'lit';

/**
 * Design tokens: every value an element uses goes through a `--pk-*` custom property with a
 * fallback,
 * so a site themes all elements by setting the properties on `:root` or on one element.
 * Defaults: WCAG 2.2 AA contrast on white (text 4.5:1 and more, borders and focus 3:1 and more).
 */
export const tokens = {
  primary: css`var(--pk-color-primary, #005ca9)`,
  primaryHover: css`var(--pk-color-primary-hover, #00417a)`,
  onPrimary: css`var(--pk-color-on-primary, #ffffff)`,
  error: css`var(--pk-color-error, #b0001e)`,
  text: css`var(--pk-color-text, #1b1d1f)`,
  textMuted: css`var(--pk-color-text-muted, #474d55)`,
  border: css`var(--pk-color-border, #5b6470)`,
  divider: css`var(--pk-color-divider, #c7ccd3)`,
  focus: css`var(--pk-color-focus, #1b1d1f)`,
  surface: css`var(--pk-color-surface, #ffffff)`,
  surfaceMuted: css`var(--pk-color-surface-muted, #eef2f6)`,
  radius: css`var(--pk-radius-m, 0.375rem)`,
  spaceXs: css`var(--pk-space-xs, 0.25rem)`,
  spaceS: css`var(--pk-space-s, 0.5rem)`,
  spaceM: css`var(--pk-space-m, 1rem)`,
  spaceL: css`var(--pk-space-l, 1.5rem)`,
  spaceXl: css`var(--pk-space-xl, 2rem)`,
  fontFamily: css`var(
    --pk-font-family,
    system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    Arial,
    sans-serif
  )`,
  fontSizeS: css`var(--pk-font-size-s, 1rem)`,
  fontSizeM: css`var(--pk-font-size-m, 1.125rem)`,
  fontSizeL: css`var(--pk-font-size-l, 1.375rem)`,
  /** 44 px at the default font size: above the 24 px minimum of WCAG 2.5.8, easy to hit. */
  controlHeight: css`var(--pk-control-height, 2.75rem)`,
};

const t = tokens;
/** Every Portalkit element that renders a form or list; the shared sheet styles their parts. */
const hosts = unsafeCSS('pk-login, pk-passkeys');

/**
 * Styles shared by all elements: fields, buttons, error summary, status. Selectors are wrapped in
 * `:where()` (specificity 0), so any rule of the site wins without `!important`.
 */
export const baseStyles = css`
  :where(${hosts}) {
    display: block;
    max-width: 100%;
    color: ${t.text};
    font-family: ${t.fontFamily};
    font-size: ${t.fontSizeM};
    line-height: 1.5;
  }
  :where(${hosts}) :where(*, *::before, *::after) {
    box-sizing: border-box;
  }
  :where(${hosts}) :where(p) {
    margin: 0 0 ${t.spaceM};
  }
  :where(${hosts}) :where([part~='form']) {
    margin: 0;
  }
  :where(${hosts}) :where([part~='field']) {
    margin: 0 0 ${t.spaceL};
  }
  :where(${hosts}) :where([part~='field']:has(> [part~='error'])) {
    padding-inline-start: ${t.spaceM};
    border-inline-start: 4px solid ${t.error};
  }
  :where(${hosts}) :where([part~='label']) {
    display: block;
    margin-bottom: ${t.spaceXs};
    font-weight: 700;
  }
  :where(${hosts}) :where([part~='hint']) {
    margin-bottom: ${t.spaceS};
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
  }
  :where(${hosts}) :where([part~='error']) {
    margin: 0 0 ${t.spaceS};
    color: ${t.error};
    font-weight: 700;
  }
  :where(${hosts}) :where([part~='input']) {
    display: block;
    width: 100%;
    min-height: ${t.controlHeight};
    padding: ${t.spaceS} 0.75rem;
    border: 2px solid ${t.border};
    border-radius: ${t.radius};
    background: ${t.surface};
    color: ${t.text};
    font: inherit;
  }
  :where(${hosts}) :where([part~='input'][aria-invalid='true']) {
    border-color: ${t.error};
  }
  :where(${hosts}) :where(button) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: ${t.controlHeight};
    min-width: ${t.controlHeight};
    padding: ${t.spaceS} 1.25rem;
    border: 2px solid transparent;
    border-radius: ${t.radius};
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    transition: background-color 0.15s ease-in-out;
  }
  :where(${hosts}) :where([part~='submit']) {
    width: 100%;
    background: ${t.primary};
    color: ${t.onPrimary};
  }
  :where(${hosts}) :where([part~='submit']:hover) {
    background: ${t.primaryHover};
  }
  :where(${hosts}) :where([part~='secondary-action'], [part~='toggle']) {
    border-color: ${t.primary};
    background: ${t.surface};
    color: ${t.primary};
  }
  :where(${hosts}) :where([part~='secondary-action']) {
    width: 100%;
  }
  :where(${hosts}) :where([part~='secondary-action']:hover, [part~='toggle']:hover) {
    background: ${t.surfaceMuted};
    color: ${t.primaryHover};
  }
  :where(${hosts}) :where(:focus-visible) {
    outline: 3px solid ${t.focus};
    outline-offset: 2px;
  }
  :where(${hosts}) :where([part~='error-summary']) {
    margin-bottom: ${t.spaceL};
    padding: ${t.spaceM};
    border: 4px solid ${t.error};
    border-radius: ${t.radius};
    background: ${t.surface};
  }
  :where(${hosts}) :where([part~='error-summary'] h2) {
    margin: 0 0 ${t.spaceS};
    font-size: ${t.fontSizeL};
    line-height: 1.3;
  }
  :where(${hosts}) :where([part~='error-summary'] ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(${hosts}) :where([part~='error-summary'] li + li) {
    margin-top: ${t.spaceXs};
  }
  :where(${hosts}) :where([part~='error-summary'] a, [part~='error-summary'] li) {
    color: ${t.error};
    font-weight: 700;
  }
  :where(${hosts}) :where([part~='status']) {
    margin-top: ${t.spaceM};
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  /* Stays in the DOM (a live region must exist before its text), just takes no space. */
  :where(${hosts}) :where([part~='status']:empty) {
    margin: 0;
    padding: 0;
    border: 0;
  }
  :where(${hosts}) :where(.pk-visually-hidden) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :where(${hosts}) :where(button) {
      border-color: ButtonText;
    }
    :where(${hosts}) :where(:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :where(${hosts}) :where(*) {
      transition: none;
      scroll-behavior: auto;
    }
  }
`;

/** Layout of a password input with its show/hide toggle (`parts/password-field.ts`). */
export const passwordFieldStyles = css`
  :where(${hosts}) :where(.pk-password) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceS};
  }
  :where(${hosts}) :where(.pk-password > [part~='input']) {
    flex: 1 1 12rem;
    width: auto;
    min-width: 0;
  }
`;
