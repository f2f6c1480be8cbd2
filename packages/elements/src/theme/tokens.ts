import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens: every value an element uses goes through a `--pk-*` custom property with a
 * fallback, so a site themes all elements by setting the properties on `:root` or on one element.
 * Defaults: WCAG 2.2 AA contrast on white (text 4.5:1 and more, borders and focus 3:1 and more).
 */
export const tokens = {
  primary: css`var(--pk-color-primary, #005ca9)`,
  primaryHover: css`var(--pk-color-primary-hover, #00417a)`,
  onPrimary: css`var(--pk-color-on-primary, #fff)`,
  error: css`var(--pk-color-error, #b0001e)`,
  text: css`var(--pk-color-text, #1b1d1f)`,
  textMuted: css`var(--pk-color-text-muted, #474d55)`,
  border: css`var(--pk-color-border, #5b6470)`,
  divider: css`var(--pk-color-divider, #c7ccd3)`,
  focus: css`var(--pk-color-focus, #1b1d1f)`,
  surface: css`var(--pk-color-surface, #fff)`,
  surfaceMuted: css`var(--pk-color-surface-muted, #eef2f6)`,
  radius: css`var(--pk-radius-m, 0.375rem)`,
  spaceXs: css`var(--pk-space-xs, 0.25rem)`,
  spaceS: css`var(--pk-space-s, 0.5rem)`,
  spaceM: css`var(--pk-space-m, 1rem)`,
  spaceL: css`var(--pk-space-l, 1.5rem)`,
  spaceXl: css`var(--pk-space-xl, 2rem)`,
  fontFamily: css`var(--pk-font-family, system-ui, sans-serif)`,
  fontSizeS: css`var(--pk-font-size-s, 1rem)`,
  fontSizeM: css`var(--pk-font-size-m, 1.125rem)`,
  fontSizeL: css`var(--pk-font-size-l, 1.375rem)`,
  /** 44 px at the default font size: above the 24 px minimum of WCAG 2.5.8, easy to hit. */
  controlHeight: css`var(--pk-control-height, 2.75rem)`,
};

const t = tokens;

/** A sheet for one element kind, given as `:where(<tag>)`. */
export type SheetFor = (tag: string) => CSSResult;

/**
 * Makes a shared sheet per element kind, each naming its own tag, so the sheet styles every
 * Portalkit element without a list of them; made once per tag, so it is adopted once per kind.
 */
export function perTag(sheet: (host: CSSResult) => CSSResult): SheetFor {
  const made = new Map<string, CSSResult>();
  return (tag) => {
    let result = made.get(tag);
    if (!result) made.set(tag, (result = sheet(unsafeCSS(`:where(${tag})`))));
    return result;
  };
}

/**
 * The one sheet all elements share: fields, buttons, error summary, status. Selectors are wrapped
 * in `:where()` (specificity 0), so any rule of the site wins without `!important`. Inputs and
 * buttons are at least 44 px high, the focus ring is 3 px, and nothing needs horizontal scrolling
 * at 320 px (WCAG 2.5.8, 2.4.13, 1.4.10).
 */
export const baseStyles = perTag(
  (host) => css`
  ${host} {
    display: block;
    max-width: 100%;
    color: ${t.text};
    font-family: ${t.fontFamily};
    font-size: ${t.fontSizeM};
    line-height: 1.5;
  }
  ${host} :where(*) {
    box-sizing: border-box;
  }
  ${host} :where(p) {
    margin: 0 0 ${t.spaceM};
  }
  ${host} :where([part~='field']) {
    margin: 0 0 ${t.spaceL};
  }
  ${host} :where([part~='field']:has(> [part~='error'])) {
    padding-inline-start: ${t.spaceM};
    border-inline-start: 4px solid ${t.error};
  }
  ${host} :where([part~='label']) {
    display: block;
    margin-bottom: ${t.spaceXs};
    font-weight: 700;
  }
  ${host} :where([part~='hint']) {
    margin-bottom: ${t.spaceS};
    color: ${t.textMuted};
    font-size: ${t.fontSizeS};
  }
  ${host} :where([part~='error']) {
    margin: 0 0 ${t.spaceS};
  }
  ${host} :where([part~='input']) {
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
  ${host} :where([aria-invalid='true']) {
    border-color: ${t.error};
  }
  ${host} :where(button) {
    min-height: ${t.controlHeight};
    min-width: ${t.controlHeight};
    padding: ${t.spaceS} 1.25rem;
    border: 2px solid ${t.primary};
    border-radius: ${t.radius};
    background: ${t.surface};
    color: ${t.primary};
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    cursor: pointer;
    transition: background-color 0.15s;
  }
  ${host} :where(button:hover) {
    background: ${t.surfaceMuted};
    color: ${t.primaryHover};
  }
  ${host} :where([part~='submit'], [part~='secondary-action']) {
    width: 100%;
  }
  ${host} :where([part~='submit']) {
    border-color: transparent;
    background: ${t.primary};
    color: ${t.onPrimary};
  }
  ${host} :where([part~='submit']:hover) {
    background: ${t.primaryHover};
    color: ${t.onPrimary};
  }
  ${host} :where(:focus-visible) {
    outline: 3px solid ${t.focus};
    outline-offset: 2px;
  }
  ${host} :where([part~='error-summary']) {
    margin-bottom: ${t.spaceL};
    padding: ${t.spaceM};
    border: 4px solid ${t.error};
    border-radius: ${t.radius};
    background: ${t.surface};
  }
  ${host} :where([part~='error-summary'] h2) {
    margin: 0 0 ${t.spaceS};
    font-size: ${t.fontSizeL};
    line-height: 1.3;
  }
  ${host} :where([part~='error-summary'] ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ${host} :where([part~='error-summary'] li + li) {
    margin-top: ${t.spaceXs};
  }
  ${host} :where([part~='error'], [part~='error-summary'] :is(li, a)) {
    color: ${t.error};
    font-weight: 700;
  }
  ${host} :where([part~='status']) {
    margin-top: ${t.spaceM};
    padding: ${t.spaceS} ${t.spaceM};
    border-inline-start: 4px solid ${t.primary};
    background: ${t.surfaceMuted};
  }
  /* Stays in the DOM (a live region must exist before its text), just takes no space. */
  ${host} :where([part~='status']:empty) {
    margin: 0;
    padding: 0;
    border: 0;
  }
  ${host} :where([part~='heading']) {
    margin: 0 0 ${t.spaceS};
    font-size: ${t.fontSizeL};
    line-height: 1.3;
  }
  ${host} :where(.pk-visually-hidden) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    ${host} :where(button) {
      border-color: ButtonText;
    }
    ${host} :where(:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ${host} :where(*) {
      transition: none;
    }
  }
`,
);

/** Layout of a password input with its show/hide toggle (`parts/password-field.ts`). */
export const passwordFieldStyles = perTag(
  (host) => css`
  ${host} :where(.pk-password) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.spaceS};
  }
  ${host} :where(.pk-password > input) {
    flex: 1 1 12rem;
    width: auto;
    min-width: 0;
  }
`,
);

/**
 * A new password's rules (`parts/password-rules.ts`): a tick for a met rule and a cross for one
 * refused on submit, as CSS content with empty alternative text, so screen readers skip them.
 */
export const passwordRulesStyles = perTag(
  (host) => css`
  ${host} :where([part~='rules']) {
    margin: ${t.spaceXs} 0 0;
    padding: 0;
    list-style: none;
  }
  /* A hanging indent: a rule's second line starts under its first word, not under the mark. */
  ${host} :where([part~='rule']) {
    position: relative;
    padding-inline-start: 1.5em;
  }
  ${host} :where([part~='rule'])::before {
    position: absolute;
    inset-inline-start: 0;
    content: '–' / '';
  }
  ${host} :where([part~='rule'][data-status='met']) {
    color: ${t.text};
  }
  ${host} :where([part~='rule'][data-status='met'])::before {
    content: '✓' / '';
    font-weight: 700;
  }
  ${host} :where([part~='rule'][data-status='failed']) {
    color: ${t.error};
  }
  ${host} :where([part~='rule'][data-status='failed'])::before {
    content: '✗' / '';
  }
`,
);
