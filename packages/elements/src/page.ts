/**
 * State that every Portalkit file on a page shares. Each element file carries its own copy of the
 * code (see vite.config.ts), so module-level state would exist once per file; kept on the page
 * under a registered symbol it exists once, whichever files the page loads. Give a state a new
 * name when its shape changes, so two Portalkit versions on one page never share one object.
 */
export function pageWide<T>(name: string, create: () => T): T {
  const page = globalThis as unknown as Record<symbol, T | undefined>;
  return (page[Symbol.for(`portalkit.${name}`)] ??= create());
}
