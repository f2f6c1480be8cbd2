/** The first element with this part (`[part~=name]`) below `root`. */
export function part<T extends Element = HTMLElement>(root: ParentNode, name: string): T | null {
  return root.querySelector<T>(`[part~='${name}']`);
}

/** An element's text as read: whitespace collapsed, trimmed. */
export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
