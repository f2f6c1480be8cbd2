import { defaults } from './defaults.js';

/** Two tokens whose colours meet on screen, and the WCAG 2.2 minimum between them. */
export interface Pair {
  foreground: string;
  background: string;
  /** 4.5 for text (1.4.3), 3 for borders and the focus ring (1.4.11). */
  minimum: number;
  where: string;
}

/** Where the elements put one token's colour on another's (see theme/tokens.ts). */
export const pairs: readonly Pair[] = (
  [
    ['text', 'surface', 4.5, 'Text, labels, inputs'],
    ['text', 'surface-muted', 4.5, 'Status and notes'],
    ['text-muted', 'surface', 4.5, 'Hints and details'],
    ['error', 'surface', 4.5, 'Errors and the error summary'],
    ['primary', 'surface', 4.5, 'Second buttons'],
    ['primary-hover', 'surface-muted', 4.5, 'Second buttons, hovered'],
    ['on-primary', 'primary', 4.5, 'Main buttons'],
    ['on-primary', 'primary-hover', 4.5, 'Main buttons, hovered'],
    ['border', 'surface', 3, 'Input borders'],
    ['focus', 'surface', 3, 'The focus ring'],
    ['error', 'surface', 3, 'The bar beside a field with an error'],
  ] as const
).map(([foreground, background, minimum, where]) => ({
  foreground: `--pk-color-${foreground}`,
  background: `--pk-color-${background}`,
  minimum,
  where,
}));

/** A token's colour on this page now (the theme's, or the default), as sRGB 0–255. */
export function colourOf(token: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `var(${token}, ${defaults.get(token) ?? 'currentcolor'})`;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const [r = 0, g = 0, b = 0] = (computed.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2.2 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const hex = (rgb: [number, number, number]) =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
