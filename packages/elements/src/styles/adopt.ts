import type { CSSResult } from 'lit';

/**
 * Adopts an element kind's stylesheets into the element's root node (the document, or the shadow
 * root it is rendered in) once. Constructable stylesheets need no `<style>` element, so they pass a
 * strict Content-Security-Policy without `style-src 'unsafe-inline'`.
 */
export function adoptStyles(element: Element, styles: readonly CSSResult[]): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const sheets = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
