import type { CSSResult } from 'lit';
import {
  baseStyles,
  passwordFieldStyles,
  passwordRulesStyles,
  tokens,
  type SheetFor,
} from '../../packages/elements/src/theme/tokens.js';

/**
 * The elements' defaults, read from their stylesheets (the tokens in `theme/tokens.ts`, every
 * element's `*.styles.ts`): each `--pk-*` property's fallback value, and the rules that style each
 * part. Nothing here repeats a value.
 */

const elementSheets = import.meta.glob<Record<string, unknown>>(
  '../../packages/elements/src/*/*.styles.ts',
  { eager: true },
);

/** The shared sheets are made per tag; this one stands for "every element". */
const anyElement = 'pk-element';

const isCss = (value: unknown): value is CSSResult =>
  typeof value === 'object' && value !== null && 'cssText' in value;

/** Every sheet an element may adopt, as CSS text. */
const sheets: readonly string[] = [
  ...[baseStyles, passwordFieldStyles, passwordRulesStyles].map(
    (sheet: SheetFor) => sheet(anyElement).cssText,
  ),
  ...Object.values(elementSheets)
    .flatMap((module) => Object.values(module))
    .filter(isCss)
    .map((sheet) => sheet.cssText),
];

/** `--pk-color-primary` → `#005ca9`: the fallback of each `var(--pk-…, …)` in the sheets. */
export const defaults: ReadonlyMap<string, string> = (() => {
  const found = new Map<string, string>();
  const texts = [...Object.values(tokens).map((token) => token.cssText), ...sheets];
  for (const text of texts) {
    for (const [, name, value] of text.matchAll(/var\((--pk-[\w-]+),\s*([^)]+)\)/g)) {
      if (name && value && !found.has(name)) found.set(name, value.trim());
    }
  }
  return found;
})();

export interface PartRule {
  /** The selector as a site would read it: `:where()` unwrapped, the shared sheet's tag dropped. */
  selector: string;
  declarations: string;
  /** `@media (forced-colors: active)` and the like, when the rule is inside one. */
  condition?: string;
}

/** `:where(pk-login) :where([part~='submit'])` → `pk-login [part~='submit']`. */
function readable(selector: string): string {
  let text = selector;
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/:where\(((?:[^()]|\([^()]*\))*)\)/g, '$1');
  }
  return text.replaceAll(`${anyElement} `, '').replaceAll(anyElement, '*');
}

/** The rules that style each part, by part name, in the order of the sheets. */
export const partRules: ReadonlyMap<string, readonly PartRule[]> = (() => {
  const found = new Map<string, PartRule[]>();
  const visit = (rules: CSSRuleList, condition?: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, `@media ${rule.conditionText}`);
      if (!(rule instanceof CSSStyleRule)) continue;
      const names = new Set(
        [...rule.selectorText.matchAll(/\[part~=["']?([\w-]+)/g)].map(([, name]) => name!),
      );
      for (const name of names) {
        const list = found.get(name) ?? [];
        list.push({
          selector: readable(rule.selectorText),
          declarations: rule.style.cssText,
          ...(condition ? { condition } : {}),
        });
        found.set(name, list);
      }
    }
  };
  for (const text of sheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    visit(sheet.cssRules);
  }
  return found;
})();
