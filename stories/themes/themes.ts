import blauhafen from './blauhafen.css?raw';
import kliffblick from './kliffblick.css?raw';
import lindmoor from './lindmoor.css?raw';

/** A demo insurer's site CSS: `--pk-*` properties and parts only. The names are invented. */
export interface Theme {
  /** The toolbar's value, also in a story's URL (`globals=theme:lindmoor`). */
  id: string;
  /** The invented insurer. */
  name: string;
  /** The brand's colour, for the toolbar. */
  colour: string;
  /** The stylesheet, as a site would serve it. */
  css: string;
}

export const themes: readonly Theme[] = [
  { id: 'lindmoor', name: 'Lindmoor Krankenkasse', colour: 'green', css: lindmoor },
  { id: 'blauhafen', name: 'Blauhafen Gesundheitskasse', colour: 'blue', css: blauhafen },
  { id: 'kliffblick', name: 'Kliffblick Krankenkasse', colour: 'petrol', css: kliffblick },
];

/** The toolbar's value without a theme: the elements' own defaults. */
export const noTheme = 'none';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Makes one theme the page's (adopted into the document, beside the elements' own sheets), or
 * none. The elements' sheets stay: only the theme sheets are swapped.
 */
export function applyTheme(id: string): void {
  const own = new Set(sheets.values());
  const theme = themes.find((candidate) => candidate.id === id);
  let sheet: CSSStyleSheet | undefined;
  if (theme) {
    sheet = sheets.get(theme.id);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(theme.css);
      sheets.set(theme.id, sheet);
    }
  }
  const others = document.adoptedStyleSheets.filter((candidate) => !own.has(candidate));
  document.adoptedStyleSheets = sheet ? [...others, sheet] : others;
}
