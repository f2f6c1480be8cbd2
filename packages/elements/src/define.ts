/**
 * Defines a Portalkit tag once. A page that loads an element twice (two bundles, or a bundle
 * and a single-element file) keeps the first definition and says so, instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) {
    console.warn(`${tag} is already defined; keeping the first definition.`);
  } else {
    customElements.define(tag, element);
  }
}
